package dev.handback.bench.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a module as a team would have it, so that the generated code is the share of a real
 * compilation it would be: per annotated interface, a package of its own with the interface (one
 * method on each path, {@code @AsyncCompletable}, {@code @ExternalResult} and {@code @Polled}, and
 * an ordinary activity), its implementation (which hands off through the generated {@code
 * OrderActivitiesAsync}), a workflow interface and its implementation (a stub from the generated
 * {@code OrderActivitiesOptions.newStub}, the result of the signal path from the generated {@code
 * OrderActivitiesInbox}), its value records and two plain classes of ordinary code. Its sources
 * call the generated code, so they do not compile without it. Every source is a pure function of
 * the index, so runs are comparable.
 */
public final class RealisticModule {
  /** A record of the module's values: its Javadoc and its declaration after {@code record}. */
  private record ValueRecord(String javadoc, String declaration) {
    String name() {
      return declaration.substring(0, declaration.indexOf('('));
    }

    String source(String pkg) {
      String imports = declaration.contains("List<") ? "import java.util.List;\n\n" : "";
      return "package %s;\n\n%s/** %s */\npublic record %s {}\n"
          .formatted(pkg, imports, javadoc, declaration);
    }
  }

  private static final List<ValueRecord> VALUES =
      List.of(
          new ValueRecord("An order.", "Order(String id, String customer, List<Line> lines)"),
          new ValueRecord(
              "One line of an order.", "Line(String sku, int quantity, long priceCents)"),
          new ValueRecord(
              "What the reviewer decided.",
              "Decision(boolean approved, String reviewer, String comment)"),
          new ValueRecord(
              "What the payment provider charged.", "Receipt(String paymentId, long cents)"),
          new ValueRecord(
              "How an order ended.",
              "Outcome(String orderId, boolean shipped, String trackingNumber, String note)"));

  private RealisticModule() {}

  /** Writes the module of {@code size} interfaces under {@code root}; returns its source files. */
  public static List<Path> write(Path root, int size) {
    List<Path> files = new ArrayList<>();
    for (int index = 0; index < size; index++) {
      String pkg = "bench.realistic.team" + index;
      files.add(JavaSources.write(root, pkg, "OrderActivities", activities(pkg, index)));
      files.add(JavaSources.write(root, pkg, "OrderActivitiesImpl", implementation(pkg)));
      files.add(JavaSources.write(root, pkg, "OrderWorkflow", workflow(pkg)));
      files.add(JavaSources.write(root, pkg, "OrderWorkflowImpl", workflowImplementation(pkg)));
      files.add(JavaSources.write(root, pkg, "Desk", desk(pkg)));
      files.add(JavaSources.write(root, pkg, "Pricing", pricing(pkg)));
      for (ValueRecord value : VALUES) {
        files.add(JavaSources.write(root, pkg, value.name(), value.source(pkg)));
      }
    }
    return files;
  }

  private static String activities(String pkg, int index) {
    return """
        package %s;

        import dev.handback.AsyncCompletable;
        import dev.handback.ExternalResult;
        import dev.handback.Polled;
        import dev.handback.Retry;
        import io.temporal.activity.ActivityInterface;

        /** What the order process asks of people and systems outside the workflow. */
        @ActivityInterface(namePrefix = "Team%d_")
        public interface OrderActivities {
          /** A reviewer approves or rejects the order within a week, heartbeating while reading. */
          @AsyncCompletable(startToClose = "P7D", heartbeat = "PT1H")
          Decision review(Order order);

          /** The payment provider charges the order and reports the receipt by webhook. */
          @ExternalResult(timeout = "P2D", retry = @Retry(maximumAttempts = 5))
          Receipt charge(Order order, long cents);

          /** The warehouse's tracking number, once it shipped: asked every five minutes. */
          @Polled(every = "PT5M", giveUpAfter = "P3D")
          String trackingNumber(String orderId);

          /** Records how the order ended: an ordinary activity. */
          void archive(Outcome outcome);
        }
        """
        .formatted(pkg, index);
  }

  private static String implementation(String pkg) {
    return """
        package %s;

        import dev.handback.runtime.NotReadyYetException;

        /** Hands the review and the payment to the desk with their handles, asks the warehouse. */
        public final class OrderActivitiesImpl implements OrderActivities {
          private final Desk desk;

          /** Activities that work through {@code desk}. */
          public OrderActivitiesImpl(Desk desk) {
            this.desk = desk;
          }

          @Override
          public Decision review(Order order) {
            desk.submit("review", order.id(), OrderActivitiesAsync.review().encode());
            return null; // the activity completes when the reviewer replies
          }

          @Override
          public Receipt charge(Order order, long cents) {
            desk.submit("charge " + cents, order.id(), OrderActivitiesAsync.charge().encode());
            return null; // the receipt reaches the workflow by signal
          }

          @Override
          public String trackingNumber(String orderId) {
            return desk.trackingNumber(orderId)
                .orElseThrow(() -> NotReadyYetException.because(orderId + " has not shipped yet"));
          }

          @Override
          public void archive(Outcome outcome) {
            desk.archive(outcome);
          }
        }
        """
        .formatted(pkg);
  }

  private static String workflow(String pkg) {
    return """
        package %s;

        import io.temporal.workflow.WorkflowInterface;
        import io.temporal.workflow.WorkflowMethod;

        /** Reviews, charges and ships an order. */
        @WorkflowInterface
        public interface OrderWorkflow {
          /** Runs the order to its end. */
          @WorkflowMethod
          Outcome process(Order order);
        }
        """
        .formatted(pkg);
  }

  private static String workflowImplementation(String pkg) {
    return """
        package %s;

        import io.temporal.activity.ActivityOptions;
        import java.time.Duration;

        /** The order process: Temporal keeps its state while people and systems take their time. */
        public final class OrderWorkflowImpl implements OrderWorkflow {
          private final OrderActivities activities =
              OrderActivitiesOptions.newStub(
                  ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

          @Override
          public Outcome process(Order order) {
            OrderActivitiesInbox inbox = OrderActivitiesInbox.register();
            Decision decision = activities.review(order);
            if (!decision.approved()) {
              return archived(new Outcome(order.id(), false, "", decision.comment()));
            }
            activities.charge(order, Pricing.totalCents(order));
            Receipt receipt = inbox.charge().await();
            String trackingNumber = activities.trackingNumber(order.id());
            return archived(
                new Outcome(order.id(), true, trackingNumber, "paid by " + receipt.paymentId()));
          }

          private Outcome archived(Outcome outcome) {
            activities.archive(outcome);
            return outcome;
          }
        }
        """
        .formatted(pkg);
  }

  private static String desk(String pkg) {
    return """
        package %s;

        import java.util.List;
        import java.util.Map;
        import java.util.Optional;
        import java.util.concurrent.ConcurrentHashMap;
        import java.util.concurrent.CopyOnWriteArrayList;

        /** Where requests wait for the people and systems that answer them, and what they said. */
        public final class Desk {
          private final Map<String, String> handles = new ConcurrentHashMap<>();
          private final Map<String, String> trackingNumbers = new ConcurrentHashMap<>();
          private final List<Outcome> archive = new CopyOnWriteArrayList<>();

          /** Puts a request about an order on the desk with the handle its answer goes to. */
          public void submit(String request, String orderId, String handle) {
            handles.put(request + ":" + orderId, handle);
          }

          /** The handle of a request, once submitted. */
          public Optional<String> handle(String request, String orderId) {
            return Optional.ofNullable(handles.get(request + ":" + orderId));
          }

          /** Records the warehouse's tracking number for an order. */
          public void shipped(String orderId, String trackingNumber) {
            trackingNumbers.put(orderId, trackingNumber);
          }

          /** The tracking number of a shipped order. */
          public Optional<String> trackingNumber(String orderId) {
            return Optional.ofNullable(trackingNumbers.get(orderId));
          }

          /** Keeps how an order ended. */
          public void archive(Outcome outcome) {
            archive.add(outcome);
          }

          /** The orders that ended, in order. */
          public List<Outcome> archived() {
            return List.copyOf(archive);
          }
        }
        """
        .formatted(pkg);
  }

  private static String pricing(String pkg) {
    return """
        package %s;

        /** What an order costs: the sum of its lines, five percent off from ten items. */
        public final class Pricing {
          private static final int DISCOUNT_FROM_ITEMS = 10;

          private Pricing() {}

          /** The total of {@code order} in cents, discount applied. */
          public static long totalCents(Order order) {
            long total = 0;
            int items = 0;
            for (Line line : order.lines()) {
              total += line.quantity() * line.priceCents();
              items += line.quantity();
            }
            return items >= DISCOUNT_FROM_ITEMS ? total - total / 20 : total;
          }
        }
        """
        .formatted(pkg);
  }
}

package dev.handback.bench.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic worker module: {@code size} annotated activity interfaces of {@link
 * #METHODS_PER_INTERFACE} methods each, with records, lists, maps, primitives and void as results,
 * options on the interface, on the method or on both, retries, activity names and name prefixes.
 * The options follow Handback's guidance (no HB1xx warning), as a maintained module's would. Every
 * source is a pure function of the index, so runs are comparable.
 */
public final class SyntheticModule {
  /** The activity methods each interface declares. */
  public static final int METHODS_PER_INTERFACE = 6;

  private static final int INTERFACES_PER_PACKAGE = 50;
  private static final String[] PRIMITIVES = {"int", "long", "boolean", "double"};

  private SyntheticModule() {}

  /**
   * Writes the module of {@code size} interfaces under {@code root}, a source directory, and
   * returns its source files.
   */
  public static List<Path> write(Path root, int size) {
    List<Path> files = new ArrayList<>();
    for (int index = 0; index < size; index++) {
      String pkg = packageOf(index);
      if (index % INTERFACES_PER_PACKAGE == 0) {
        files.add(JavaSources.write(root, pkg, "Model", model(pkg)));
      }
      files.add(JavaSources.write(root, pkg, interfaceName(index), activityInterface(pkg, index)));
    }
    return files;
  }

  private static String packageOf(int index) {
    return "bench.synthetic.p" + index / INTERFACES_PER_PACKAGE;
  }

  private static String interfaceName(int index) {
    return "Synthetic" + index + "Activities";
  }

  private static String model(String pkg) {
    return "package "
        + pkg
        + ";\n\n"
        + "import java.util.List;\n\n"
        + "/** The value types the synthetic activities exchange. */\n"
        + "public final class Model {\n"
        + "  private Model() {}\n\n"
        + "  /** An order. */\n"
        + "  public record Order(String id, String customer, List<Line> lines) {}\n\n"
        + "  /** One line of an order. */\n"
        + "  public record Line(String sku, int quantity, long priceCents) {}\n\n"
        + "  /** An amount of money. */\n"
        + "  public record Amount(String currency, long cents) {}\n\n"
        + "  /** A reviewer's decision. */\n"
        + "  public record Decision(boolean approved, String reviewer, String comment) {}\n"
        + "}\n";
  }

  private static String activityInterface(String pkg, int index) {
    boolean interfaceLevel = index % 2 == 0;
    StringBuilder source = new StringBuilder();
    source
        .append("package ")
        .append(pkg)
        .append(";\n\n")
        .append("import dev.handback.AsyncCompletable;\n")
        .append("import dev.handback.Retry;\n")
        .append("import io.temporal.activity.ActivityCancellationType;\n")
        .append("import io.temporal.activity.ActivityInterface;\n")
        .append("import io.temporal.activity.ActivityMethod;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Map;\n\n")
        .append("/** Synthetic activity interface number ")
        .append(index)
        .append(". */\n")
        .append("@ActivityInterface(namePrefix = \"S")
        .append(index)
        .append("_\")\n");
    if (interfaceLevel) {
      source
          .append("@AsyncCompletable(startToClose = \"PT")
          .append(10 + index % 50)
          .append("M\")\n");
    }
    source.append("public interface ").append(interfaceName(index)).append(" {\n");
    for (int m = 0; m < METHODS_PER_INTERFACE; m++) {
      source.append('\n');
      // On an interface-level interface, every other method keeps the interface's options.
      if (!interfaceLevel || m % 2 == 1) {
        source.append("  ").append(methodOptions(index, m)).append('\n');
      }
      if (m == 4) {
        source
            .append("  @ActivityMethod(name = \"S")
            .append(index)
            .append("_Named")
            .append(m)
            .append("\")\n");
      }
      source.append("  ").append(signature(index, m)).append('\n');
    }
    return source.append("}\n").toString();
  }

  private static String methodOptions(int index, int method) {
    return switch ((index + method) % 4) {
      case 0 -> "@AsyncCompletable(startToClose = \"P7D\", heartbeat = \"PT1H\")";
      case 1 ->
          "@AsyncCompletable(startToClose = \"PT30M\", retry = @Retry(maximumAttempts = "
              + (2 + method)
              + ", initialInterval = \"PT1S\", backoffCoefficient = 2.0))";
      case 2 ->
          "@AsyncCompletable(scheduleToClose = \"P1D\", scheduleToStart = \"PT10M\","
              + " heartbeat = \"PT10M\", taskQueue = \"queue"
              + index % 3
              + "\","
              + " cancellationType = ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)";
      default ->
          "@AsyncCompletable(startToClose = \"PT2H\", heartbeat = \"PT5M\", retry = @Retry("
              + "maximumInterval = \"PT1M\", doNotRetry = {\"java.lang.IllegalStateException\"}))";
    };
  }

  private static String signature(int index, int method) {
    return switch (method) {
      case 0 -> "Model.Decision review" + index + "(Model.Order order);";
      case 1 -> "List<Model.Line> lines(String orderId, int page);";
      case 2 -> "Map<String, Model.Amount> totals(List<String> orderIds);";
      case 3 -> PRIMITIVES[index % PRIMITIVES.length] + " count(String customer);";
      case 4 -> "void touch(Model.Order order, String reason);";
      default -> "Model.Order order(String id);";
    };
  }
}

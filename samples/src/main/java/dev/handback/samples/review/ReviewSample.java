package dev.handback.samples.review;

import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Two documents go through {@link DocumentReviewWorkflow}; the {@link ReviewDesk} approves one and
 * rejects the other, replying to the waiting activity from its own thread through the handle it was
 * sent.
 *
 * <p>Runs on Temporal's in-process test server, or on a running service given as {@code --target
 * host:port} or in the environment variable {@code TEMPORAL_ADDRESS}.
 */
public final class ReviewSample {
  /** The documents the sample reviews: the first is approved, the second rejected. */
  public static final List<Document> DOCUMENTS =
      List.of(
          new Document(
              "DOC-1", "Release notes 2.4", "grace@example.com", "Faster start-up, fewer bugs."),
          new Document(
              "DOC-2", "Pricing FAQ", "linus@example.com", "Plans start at TODO per month."));

  /** The review desk's reviewer. */
  public static final String REVIEWER = "Ada";

  private static final Duration REVIEW_TIME = Duration.ofMillis(300);

  private ReviewSample() {}

  /**
   * Runs the sample on the in-process test server, or on the service named by {@code --target
   * host:port} or {@code TEMPORAL_ADDRESS}.
   */
  public static void main(String[] args) throws InterruptedException {
    String target;
    try {
      target = target(args, System.getenv("TEMPORAL_ADDRESS"));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    try (TemporalEnvironment temporal =
        target == null ? new InProcessTemporal() : new RemoteTemporal(target)) {
      Narrator.sample("runs on " + temporal.description());
      List<ReviewOutcome> outcomes = run(temporal);
      outcomes.forEach(outcome -> Narrator.sample("result: " + outcome));
    } catch (StatusRuntimeException e) {
      System.err.println("Cannot talk to Temporal at " + target + ": " + e.getMessage());
      System.exit(1);
    }
    // The other two paths, on a fresh environment with its own workers.
    try (TemporalEnvironment temporal =
        target == null ? new InProcessTemporal() : new RemoteTemporal(target)) {
      Narrator.sample("the same review by signal and via the webhook, then polling");
      PathsSample.run(temporal).forEach(outcome -> Narrator.sample("result: " + outcome));
    } catch (IOException e) {
      System.err.println("The webhook receiver could not start: " + e.getMessage());
      System.exit(1);
    } catch (StatusRuntimeException e) {
      System.err.println("Cannot talk to Temporal at " + target + ": " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Reviews {@link #DOCUMENTS} on {@code temporal}, one after the other, and returns what the
   * workflows returned, in the same order. Uses a task queue and workflow ids of its own, so runs
   * on a shared service do not meet.
   */
  public static List<ReviewOutcome> run(TemporalEnvironment temporal) throws InterruptedException {
    String runId = UUID.randomUUID().toString().substring(0, 8);
    String taskQueue = "document-review-" + runId;
    BlockingQueue<ReviewTicket> deskInbox = new LinkedBlockingQueue<>();

    Worker worker = temporal.newWorker(taskQueue);
    worker.registerWorkflowImplementationTypes(DocumentReviewWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        new ReviewActivitiesImpl(deskInbox), new PublishingActivitiesImpl());
    temporal.start();
    Narrator.sample("worker polls task queue " + taskQueue);

    List<ReviewOutcome> outcomes = new ArrayList<>();
    try (ReviewDesk desk = ReviewDesk.open(temporal.client(), deskInbox, REVIEWER, REVIEW_TIME)) {
      Narrator.sample("review desk open, " + desk.reviewer() + " on duty");
      for (Document document : DOCUMENTS) {
        outcomes.add(review(temporal.client(), taskQueue, document, document.id() + "-" + runId));
      }
    }
    return outcomes;
  }

  private static ReviewOutcome review(
      WorkflowClient client, String taskQueue, Document document, String workflowId) {
    DocumentReviewWorkflow workflow =
        client.newWorkflowStub(
            DocumentReviewWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(workflowId).build());
    Narrator.sample("starts workflow " + workflowId + " for \"" + document.title() + "\"");
    return workflow.review(document);
  }

  /**
   * The service address from {@code --target host:port} or {@code --target=host:port}, else {@code
   * fallback}; null for the in-process test server.
   */
  static String target(String[] args, String fallback) {
    if (args.length == 2 && args[0].equals("--target")) {
      return args[1];
    }
    if (args.length == 1 && args[0].startsWith("--target=")) {
      return args[0].substring("--target=".length());
    }
    if (args.length > 0) {
      throw new IllegalArgumentException(
          "Unexpected arguments " + List.of(args) + "; usage: ReviewSample [--target host:port]");
    }
    return fallback == null || fallback.isBlank() ? null : fallback;
  }
}

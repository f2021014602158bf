package dev.handback.samples.review;

import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.envconfig.ClientConfigProfile;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Two documents go through {@link DocumentReviewWorkflow}; the {@link ReviewDesk} approves one and
 * rejects the other, replying to the waiting activity from its own thread through the handle it was
 * sent.
 *
 * <p>Runs on Temporal's in-process test server, or on a running service: a development server, a
 * cluster with mTLS or Temporal Cloud, given as Temporal's CLI takes it ({@code --address
 * host:port} or {@code TEMPORAL_ADDRESS}, and so on; see {@link TemporalConnection}).
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
   * Runs the sample on the in-process test server, or on the service named by the flags, the {@code
   * TEMPORAL_*} variables or a {@code temporal.toml} profile (see {@link TemporalConnection}).
   */
  public static void main(String[] args) throws InterruptedException {
    Optional<ClientConfigProfile> service;
    try {
      service = TemporalConnection.load(args, System.getenv());
    } catch (IllegalArgumentException | IOException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    String where = service.map(ClientConfigProfile::getAddress).orElse("the in-process server");
    try (TemporalEnvironment temporal = open(service)) {
      Narrator.sample("runs on " + temporal.description());
      List<ReviewOutcome> outcomes = run(temporal);
      outcomes.forEach(outcome -> Narrator.sample("result: " + outcome));
    } catch (StatusRuntimeException e) {
      System.err.println("Cannot talk to Temporal at " + where + ": " + e.getMessage());
      System.exit(1);
    }
    // The other two paths, on a fresh environment with its own workers.
    try (TemporalEnvironment temporal = open(service)) {
      Narrator.sample("the same review by signal and via the webhook, then polling");
      PathsSample.run(temporal).forEach(outcome -> Narrator.sample("result: " + outcome));
    } catch (IOException e) {
      System.err.println("The webhook receiver could not start: " + e.getMessage());
      System.exit(1);
    } catch (StatusRuntimeException e) {
      System.err.println("Cannot talk to Temporal at " + where + ": " + e.getMessage());
      System.exit(1);
    }
  }

  private static TemporalEnvironment open(Optional<ClientConfigProfile> service) {
    return service.<TemporalEnvironment>map(RemoteTemporal::new).orElseGet(InProcessTemporal::new);
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
}

package dev.handback.samples.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.samples.review.SignalReviewActivitiesCompleter.SubmitForReviewHandle;
import dev.handback.webhook.WebhookReceiver;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The review scenario on the other two paths: the first document's decision comes back by signal
 * through the completer (the same call as on path 1), the second's through the webhook receiver, as
 * from a system that can only call HTTP; the published document is then found by polling.
 */
public final class PathsSample {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PathsSample() {}

  /** Reviews {@link ReviewSample#DOCUMENTS} on {@code temporal} and returns the outcomes. */
  public static List<ReviewOutcome> run(TemporalEnvironment temporal)
      throws InterruptedException, IOException {
    String runId = UUID.randomUUID().toString().substring(0, 8);
    String taskQueue = "signal-review-" + runId;
    BlockingQueue<ReviewTicket> deskInbox = new LinkedBlockingQueue<>();
    Worker worker = temporal.newWorker(taskQueue);
    worker.registerWorkflowImplementationTypes(SignalReviewWorkflow.Impl.class);
    worker.registerActivitiesImplementations(
        new SignalReviewActivitiesImpl(deskInbox),
        new PublishingActivitiesImpl(),
        new SearchIndexActivitiesImpl());
    temporal.start();

    WorkflowClient client = temporal.client();
    List<ReviewOutcome> outcomes = new ArrayList<>();
    try (WebhookReceiver receiver =
        WebhookReceiver.builder(client).routes(SignalReviewActivitiesCompleter.routes()).start()) {
      Narrator.sample("webhook receiver listens on " + receiver.uri());
      for (int i = 0; i < ReviewSample.DOCUMENTS.size(); i++) {
        Document document = ReviewSample.DOCUMENTS.get(i);
        WorkflowStub workflow =
            start(client, taskQueue, document, document.id() + "-signal-" + runId);
        ReviewTicket ticket = deskInbox.poll(30, TimeUnit.SECONDS);
        if (ticket == null) {
          throw new IllegalStateException("The desk received no ticket within 30 s");
        }
        ReviewDecision decision = ReviewDesk.decide(ticket.document(), ReviewSample.REVIEWER);
        if (i == 0) {
          Narrator.desk("complete(" + decision + ") through the completer, delivered by signal");
          new SignalReviewActivitiesCompleter(client)
              .submitForReview(SubmitForReviewHandle.parse(ticket.replyHandle()))
              .complete(decision);
        } else {
          postTwice(receiver, ticket.replyHandle(), decision);
        }
        outcomes.add(workflow.getResult(ReviewOutcome.class));
      }
    }
    return outcomes;
  }

  private static WorkflowStub start(
      WorkflowClient client, String taskQueue, Document document, String workflowId) {
    SignalReviewWorkflow workflow =
        client.newWorkflowStub(
            SignalReviewWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(workflowId).build());
    Narrator.sample("starts workflow " + workflowId + " for \"" + document.title() + "\"");
    WorkflowClient.start(workflow::review, document);
    return WorkflowStub.fromTyped(workflow);
  }

  /** Posts the decision as a system with only HTTP would, then again as its retry would. */
  private static void postTwice(WebhookReceiver receiver, String handle, ReviewDecision decision)
      throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(Map.of("result", decision));
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(receiver.uri().resolve(handle))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    for (String attempt : List.of("POST", "retried POST")) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Narrator.desk(attempt + " " + body + " -> " + response.statusCode() + " " + response.body());
    }
  }
}

package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.internal.HandleCodec;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyRoute;
import dev.handback.webhook.WebhookReceiver;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook receiver over real HTTP on loopback, in front of Temporal's in-process test server:
 * deliveries on both paths, retried deliveries, and every kind of malformed delivery.
 */
class WebhookEndToEndTest {
  private static final Document DOCUMENT = new Document("doc-11", "Press release");
  private static final String APPROVED_JSON =
      "{\"result\": {\"approved\": true, \"reviewer\": \"ada\", \"comment\": \"ship it\"}}";
  private static final Decision APPROVED = new Decision(true, "ada", "ship it");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmissionDesk desk;
  private WorkflowClient client;
  private WebhookReceiver receiver;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    desk = new SubmissionDesk();
    client = desk.client;
    List<ReplyRoute> routes = new ArrayList<>(SubmissionActivitiesCompleter.routes());
    routes.addAll(ReviewActivitiesCompleter.routes());
    receiver = WebhookReceiver.builder(client).routes(routes).start();
  }

  @AfterEach
  void stop() {
    receiver.close();
    desk.close();
  }

  private WorkflowStub startSubmission(SubmissionWorkflow.Step step, String workflowId) {
    return desk.start(step, workflowId, DOCUMENT);
  }

  /** An answer: status and JSON body. */
  private record Answer(int status, JsonNode body) {
    String error() {
      return body.path("error").asText();
    }
  }

  private Answer post(String handle, String body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(receiver.uri().resolve(handle))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return new Answer(response.statusCode(), JSON.readTree(response.body()));
  }

  private long signalsReceived(String workflowId) {
    return client.fetchHistory(workflowId).getEvents().stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
        .count();
  }

  @Test
  void aSignalDeliveryRetriedThreeTimesIsDeliveredOnce() throws Exception {
    WorkflowStub workflow =
        startSubmission(SubmissionWorkflow.Step.SUBMIT_THEN_WAIT_LATER, "hook-signal");
    String handle = desk.submissions.outbox.next().handle();

    Answer first = post(handle, APPROVED_JSON);
    assertEquals(200, first.status(), first.body().toString());
    assertEquals(false, first.body().get("duplicate").asBoolean());
    for (int retry = 0; retry < 3; retry++) {
      Answer again = post(handle, APPROVED_JSON.replace(": ", ":"));
      assertEquals(200, again.status(), again.body().toString());
      assertEquals(true, again.body().get("duplicate").asBoolean());
    }

    assertEquals(APPROVED, workflow.getResult(Decision.class));
    assertEquals(1, signalsReceived("hook-signal"), "a retried delivery was signalled again");
  }

  @Test
  void aSignalPathMethodTakesItsResultAtAUrlWithTheWorkflowIdInIt() throws Exception {
    WorkflowStub workflow =
        startSubmission(SubmissionWorkflow.Step.SUBMIT_THEN_WAIT_LATER, "hook-signal-url");
    desk.submissions.outbox.next();
    String url = "SubmissionActivities/submitForReview/by-workflow/hook-signal-url";

    Answer byCall =
        post("SubmissionActivities/submitForReview/by-call/hook-signal-url/k", APPROVED_JSON);
    Answer first = post(url, APPROVED_JSON);
    Answer again = post(url, APPROVED_JSON);

    assertEquals(400, byCall.status(), byCall.body().toString());
    assertEquals("bad_handle", byCall.error());
    assertTrue(byCall.body().path("message").asText().contains("without a call key"));
    assertEquals(200, first.status(), first.body().toString());
    assertEquals(false, first.body().get("duplicate").asBoolean());
    assertEquals(200, again.status(), again.body().toString());
    assertEquals(true, again.body().get("duplicate").asBoolean());
    assertEquals(APPROVED, workflow.getResult(Decision.class));
    assertEquals(1, signalsReceived("hook-signal-url"));
  }

  @Test
  void concurrentRetriesAreDeliveredOnce() throws Exception {
    WorkflowStub workflow =
        startSubmission(SubmissionWorkflow.Step.SUBMIT_THEN_WAIT_LATER, "hook-concurrent");
    String handle = desk.submissions.outbox.next().handle();

    List<CompletableFuture<Answer>> answers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return post(handle, APPROVED_JSON);
                } catch (IOException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    long fresh = 0;
    for (CompletableFuture<Answer> answer : answers) {
      Answer got = answer.get(60, TimeUnit.SECONDS);
      assertEquals(200, got.status(), got.body().toString());
      fresh += got.body().get("duplicate").asBoolean() ? 0 : 1;
    }

    assertEquals(1, fresh, "more than one delivery counted as the first");
    assertEquals(APPROVED, workflow.getResult(Decision.class));
    assertEquals(1, signalsReceived("hook-concurrent"));
  }

  @Test
  void malformedDeliveriesAreRefusedAndLoseNothing() throws Exception {
    WorkflowStub workflow = startSubmission(SubmissionWorkflow.Step.SUBMIT, "hook-malformed");
    String handle = desk.submissions.outbox.next().handle();
    String unknown =
        HandleCodec.encode(
            HandleKey.of("Nobody", "nothing"), new ReplyAddress.SignalAddress("w", "r", "s"));

    Answer garbage = post("not-a-handle", APPROVED_JSON);
    assertEquals(400, garbage.status());
    assertEquals("bad_handle", garbage.error());
    assertTrue(garbage.body().get("message").asText().contains("not a Handback reply handle"));

    Answer truncated = post(handle.substring(0, handle.length() - 3), APPROVED_JSON);
    assertEquals(400, truncated.status());
    assertEquals("bad_handle", truncated.error());
    assertTrue(truncated.body().get("message").asText().contains("damaged or truncated"));

    Answer other = post(unknown, APPROVED_JSON);
    assertEquals(404, other.status());
    assertEquals("unknown_method", other.error());

    Answer notJson = post(handle, "approved!");
    assertEquals(400, notJson.status());
    assertEquals("malformed_json", notJson.error());

    Answer both = post(handle, "{\"result\": null, \"failure\": {\"type\": \"X\"}}");
    assertEquals(400, both.status());
    assertEquals("bad_body", both.error());

    Answer wrongShape = post(handle, "{\"result\": \"approved\"}");
    assertEquals(422, wrongShape.status());
    assertEquals("result_type_mismatch", wrongShape.error());
    assertTrue(wrongShape.body().get("message").asText().contains("Decision"));

    Answer unknownField = post(handle, "{\"result\": {\"approved\": true, \"grade\": 3}}");
    assertEquals(422, unknownField.status());
    assertEquals("result_type_mismatch", unknownField.error());

    Answer noType = post(handle, "{\"failure\": {\"message\": \"no\"}}");
    assertEquals(422, noType.status());
    assertEquals("bad_failure", noType.error());

    Answer get = send(HttpRequest.newBuilder(receiver.uri().resolve(handle)).GET().build());
    assertEquals(405, get.status());
    assertEquals("method_not_allowed", get.error());

    assertEquals(0, signalsReceived("hook-malformed"), "a refused delivery reached the workflow");
    Answer good = post(handle, APPROVED_JSON);
    assertEquals(200, good.status(), good.body().toString());
    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void anotherOutcomeAfterTheFirstIsAConflict() throws Exception {
    WorkflowStub workflow =
        startSubmission(SubmissionWorkflow.Step.SUBMIT_THEN_WAIT_LATER, "hook-conflict");
    String handle = desk.submissions.outbox.next().handle();

    assertEquals(200, post(handle, APPROVED_JSON).status());
    Answer second = post(handle, "{\"failure\": {\"type\": \"Rejected\", \"message\": \"no\"}}");

    assertEquals(409, second.status());
    assertEquals("conflict", second.error());
    assertEquals(APPROVED, workflow.getResult(Decision.class));
  }

  @Test
  void aFailureReachesTheWorkflowWithItsType() throws Exception {
    WorkflowStub workflow = startSubmission(SubmissionWorkflow.Step.SUBMIT, "hook-failure");
    String handle = desk.submissions.outbox.next().handle();

    Answer answer =
        post(
            handle,
            "{\"failure\": {\"type\": \"com.example.Rejected\", \"message\": \"too long\"}}");

    assertEquals(200, answer.status(), answer.body().toString());
    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals("com.example.Rejected", cause.getType());
    assertEquals("too long", cause.getOriginalMessage());
  }

  @Test
  void aVoidMethodTakesANullResult() throws Exception {
    WorkflowStub workflow = startSubmission(SubmissionWorkflow.Step.ARCHIVE, "hook-void");
    String handle = desk.submissions.outbox.next().handle();

    Answer wrong = post(handle, "{\"result\": 42}");
    assertEquals(422, wrong.status());
    Answer answer = post(handle, "{\"result\": null}");

    assertEquals(200, answer.status(), answer.body().toString());
    assertEquals(new Decision(true, "archive", "archived"), workflow.getResult(Decision.class));
  }

  @Test
  void aTaskTokenHandleCompletesTheActivityAndRetriesAreDuplicates() throws Exception {
    ReviewWorkflow workflow =
        client.newWorkflowStub(ReviewWorkflow.class, desk.options("hook-token"));
    WorkflowClient.start(workflow::run, ReviewWorkflow.Step.REVIEW, DOCUMENT);
    String handle = desk.reviews.outbox.next().handle();

    assertEquals(200, post(handle, APPROVED_JSON).status());
    Answer retry = post(handle, APPROVED_JSON);

    assertEquals(200, retry.status(), "a retry after the activity completed must not be a 410");
    assertEquals(true, retry.body().get("duplicate").asBoolean());
    assertEquals(APPROVED, WorkflowStub.fromTyped(workflow).getResult(Decision.class));
  }

  @Test
  void aDeliveryForAClosedWorkflowIsGone() throws Exception {
    WorkflowStub workflow = startSubmission(SubmissionWorkflow.Step.SUBMIT, "hook-gone");
    String handle = desk.submissions.outbox.next().handle();
    workflow.terminate("closed");

    Answer answer = post(handle, APPROVED_JSON);

    assertEquals(410, answer.status(), answer.body().toString());
    assertEquals("no_longer_waiting", answer.error());
    // Not remembered as accepted: the same delivery is refused again, never reported delivered.
    assertEquals(410, post(handle, APPROVED_JSON).status());
  }

  @Test
  void theReceiverListensOnLoopback() {
    URI uri = receiver.uri();
    assertTrue(
        uri.getHost().equals("127.0.0.1") || uri.getHost().equals("localhost"), uri.toString());
    assertTrue(uri.getPath().equals("/handback/"), uri.toString());
  }

  /**
   * A failure delivered by webhook on path 1 is final, as on path 2, although the activity keeps
   * Temporal's default retry policy of unlimited attempts: the activity is not run again.
   */
  @Test
  void aFailedActivityCompletionFailsOnPathOneOnce() throws Exception {
    ReviewWorkflow workflow =
        client.newWorkflowStub(ReviewWorkflow.class, desk.options("hook-token-fail"));
    WorkflowClient.start(workflow::run, ReviewWorkflow.Step.APPROVAL, DOCUMENT);
    String handle = desk.reviews.outbox.next().handle();

    Answer answer =
        post(
            handle,
            "{\"failure\": {\"type\": \"com.example.NotSigned\", \"message\": \"refused\"}}");

    assertEquals(200, answer.status(), answer.body().toString());
    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class,
            () -> WorkflowStub.fromTyped(workflow).getResult(2, TimeUnit.MINUTES, Decision.class));
    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    assertEquals(RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE, activity.getRetryState());
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, activity.getCause());
    assertEquals("com.example.NotSigned", cause.getType());
    assertEquals("refused", cause.getOriginalMessage());
    assertTrue(desk.reviews.outbox.isEmpty(), "the activity ran again");
  }
}

package dev.handback.e2e.reliability;

import static dev.handback.e2e.reliability.LedgerFixture.PATIENCE;
import static dev.handback.e2e.reliability.LedgerFixture.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import dev.handback.testserver.LeakWatch;
import dev.handback.testserver.LostAnswers;
import dev.handback.testserver.StandaloneTestServer;
import dev.handback.webhook.WebhookReceiver;
import io.grpc.Status;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The webhook receiver in front of a standalone test server over real gRPC, with Temporal's answer
 * to a delivery dropped after the server recorded it ({@link LostAnswers}): what the caller is told
 * must match what the server's history holds — {@code 200} with {@code "duplicate": true} for a
 * delivery found recorded, {@code 503 outcome_unknown} when the history cannot be read, and {@code
 * 410 no_longer_waiting} only when another outcome was recorded.
 */
class WebhookLostAnswersOverRealGrpcTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();
  @RegisterExtension static final LeakWatch LEAKS = new LeakWatch();

  private LedgerFixture ledger;
  private LostAnswers lost;
  private WebhookReceiver receiver;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    ledger = new LedgerFixture(SERVER.client()).withActivityWorker().withClearingWorkflows();
    lost = new LostAnswers();
    receiver =
        WebhookReceiver.builder(
                WorkflowClient.newInstance(
                    SERVER.stubs(SERVER.target(), List.of(lost), LedgerFixture.PATIENT_RETRIES)))
            .routes(LedgerActivitiesCompleter.routes())
            .start();
  }

  @AfterEach
  void stop() {
    receiver.close();
    ledger.close();
  }

  private HttpResponse<String> post(String handle, Receipt receipt) throws Exception {
    return http.send(
        HttpRequest.newBuilder(receiver.uri().resolve(handle))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"result\": {\"orderId\": \""
                        + receipt.orderId()
                        + "\", \"reference\": \""
                        + receipt.reference()
                        + "\"}}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String handOffOf(String workflowId) throws InterruptedException {
    LedgerActivitiesImpl.HandOff handOff = ledger.nextHandOff();
    while (!handOff.workflowId().equals(workflowId)) {
      handOff = ledger.nextHandOff();
    }
    return handOff.handle();
  }

  private static Receipt resultOf(WorkflowStub workflow) throws Exception {
    return workflow.getResult(PATIENCE.toSeconds(), TimeUnit.SECONDS, Receipt.class);
  }

  private static void assertDuplicate(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"delivered\":true"), answer.body());
    assertTrue(answer.body().contains("\"duplicate\":true"), answer.body());
  }

  @Test
  void aDeliveryByHandleWhoseAnswerWasLostIsAnsweredAsDelivered() throws Exception {
    String id = uniqueId("hook-lost-ids");
    WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.SETTLE, id);
    String handle = handOffOf(id);
    Receipt receipt = new Receipt(id, "settled, answer lost");
    lost.dropAnswer("RespondActivityTaskCompletedById", Status.UNAVAILABLE, ledger.untilClosed(id));

    assertDuplicate(post(handle, receipt));

    assertEquals(1, lost.answersDropped());
    assertEquals(receipt, resultOf(workflow));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
    // The sender's own retry is remembered: answered as a duplicate without calling Temporal.
    assertDuplicate(post(handle, receipt));
  }

  @Test
  void aDeliveryByTaskTokenWhoseAnswerWasLostIsAnsweredAsDelivered() throws Exception {
    String id = uniqueId("hook-lost-token");
    WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.APPROVE, id);
    String handle = handOffOf(id);
    Receipt receipt = new Receipt(id, "approved, answer lost");
    lost.dropAnswer(
        "RespondActivityTaskCompleted", Status.DEADLINE_EXCEEDED, ledger.untilClosed(id));

    assertDuplicate(post(handle, receipt));

    assertEquals(receipt, resultOf(workflow));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  @Test
  void aSignalDeliveryWhoseAnswerWasLostAndWhoseWorkflowClosedIsAnsweredAsDelivered()
      throws Exception {
    String id = uniqueId("hook-lost-signal");
    WorkflowStub workflow = ledger.startClearing(id, 0, false);
    String handle = handOffOf(id);
    Receipt receipt = new Receipt(id, "cleared, answer lost");
    lost.dropAnswer("SignalWorkflowExecution", Status.UNAVAILABLE, ledger.untilClosed(id));

    assertDuplicate(post(handle, receipt));

    assertEquals(receipt, resultOf(workflow));
    assertEquals(1, ledger.signalsOf(id, LedgerActivities.CLEARED));
  }

  @Test
  void aSignalDeliveryWhoseAnswerWasLostWhileTheWorkflowRunsIsDelivered() throws Exception {
    String id = uniqueId("hook-lost-signal-open");
    WorkflowStub workflow = ledger.startClearing(id, 0, true);
    String handle = handOffOf(id);
    Receipt receipt = new Receipt(id, "cleared, answer lost, still open");
    lost.dropAnswer("SignalWorkflowExecution", Status.UNAVAILABLE, () -> {});

    HttpResponse<String> answer = post(handle, receipt);

    assertEquals(200, answer.statusCode(), answer.body());
    workflow.signal("release");
    assertEquals(receipt, resultOf(workflow));
  }

  @Test
  void whenTheHistoryCannotBeReadALostAnswerIsAnswered503OutcomeUnknown() throws Exception {
    lost.refuse("GetWorkflowExecutionHistory", Status.PERMISSION_DENIED);
    String id = uniqueId("hook-unknown");
    WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.SETTLE, id);
    String handle = handOffOf(id);
    Receipt receipt = new Receipt(id, "recorded, but who can tell");
    lost.dropAnswer("RespondActivityTaskCompletedById", Status.UNAVAILABLE, ledger.untilClosed(id));

    HttpResponse<String> answer = post(handle, receipt);

    assertEquals(503, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"error\":\"outcome_unknown\""), answer.body());
    assertTrue(answer.headers().firstValue("Retry-After").isPresent(), answer.body());
    assertEquals(receipt, resultOf(workflow));
  }

  @Test
  void aDeliveryLostOnTheWayWhileAnotherResultWasRecordedIsAnswered410() throws Exception {
    String id = uniqueId("hook-guard");
    WorkflowStub workflow = ledger.start(LedgerWorkflow.Step.SETTLE, id);
    String handle = handOffOf(id);
    Receipt theirs = new Receipt(id, "someone else's result");
    lost.loseRequest(
        "RespondActivityTaskCompletedById",
        Status.UNAVAILABLE,
        () ->
            new LedgerActivitiesCompleter(ledger.client())
                .settle(LedgerActivitiesCompleter.SettleHandle.parse(handle))
                .complete(theirs));

    HttpResponse<String> answer = post(handle, new Receipt(id, "mine, never sent"));

    assertEquals(410, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"error\":\"no_longer_waiting\""), answer.body());
    assertEquals(1, lost.requestsLost());
    assertEquals(theirs, resultOf(workflow));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }
}

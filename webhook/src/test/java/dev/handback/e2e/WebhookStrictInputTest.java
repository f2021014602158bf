package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.e2e.Catalog.Amount;
import dev.handback.e2e.Catalog.Item;
import dev.handback.e2e.Catalog.Shelf;
import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.e2e.ShapesActivitiesCompleter.ApprovedHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.ItemHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.SlotHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.TotalsHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.TouchHandle;
import dev.handback.e2e.ShapesWorkflow.Shapes;
import dev.handback.e2e.SubmissionActivitiesCompleter.SubmitForReviewHandle;
import dev.handback.internal.HandleCodec;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyRoute;
import dev.handback.runtime.seal.HandleSealer;
import dev.handback.testserver.LeakWatch;
import dev.handback.webhook.WebhookReceiver;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the receiver refuses before anything reaches Temporal: signal handles with a valid checksum
 * built to signal something else, JSON with duplicated keys or trailing content, numbers that do
 * not fit the result type exactly, sealed handles that fail verification, and methods other than
 * POST. After each refusal the honest delivery still goes through, and the history holds only that.
 */
class WebhookStrictInputTest {
  @RegisterExtension static final LeakWatch LEAKS = new LeakWatch();

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static final Document DOCUMENT = new Document("doc-13", "Strict input");
  private static final String APPROVED_JSON =
      "{\"result\": {\"approved\": true, \"reviewer\": \"ada\", \"comment\": \"ship it\"}}";
  private static final Decision APPROVED = new Decision(true, "ada", "ship it");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmissionDesk desk;
  private WorkflowClient client;
  private final List<WebhookReceiver> receivers = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(BOUND).build();

  @BeforeEach
  void start() {
    desk = new SubmissionDesk();
    client = desk.client;
  }

  @AfterEach
  void stop() {
    receivers.forEach(WebhookReceiver::close);
    desk.close();
  }

  private WebhookReceiver receiver(WebhookReceiver.Builder builder) throws Exception {
    WebhookReceiver receiver = builder.start();
    receivers.add(receiver);
    return receiver;
  }

  private WebhookReceiver.Builder deskReceiver() {
    List<ReplyRoute> routes = new ArrayList<>(SubmissionActivitiesCompleter.routes());
    routes.addAll(ReviewActivitiesCompleter.routes());
    return WebhookReceiver.builder(client).routes(routes);
  }

  /** An answer: status, JSON body and headers. */
  private record Answer(int status, JsonNode body, HttpResponse<String> response) {
    String error() {
      return body.path("error").asText();
    }

    String message() {
      return body.path("message").asText();
    }
  }

  private Answer post(WebhookReceiver receiver, String handle, String body) throws Exception {
    return send(
        HttpRequest.newBuilder(receiver.uri().resolve(handle))
            .timeout(BOUND)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private Answer send(HttpRequest request) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    LeakWatch.answer(response.body());
    assertEquals(
        "application/json; charset=utf-8",
        response.headers().firstValue("Content-Type").orElse(""));
    JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    return new Answer(response.statusCode(), body, response);
  }

  private void assertRefused(Answer answer, int status, String error, String inMessage) {
    assertEquals(status, answer.status(), answer.body().toString());
    assertEquals(error, answer.error(), answer.body().toString());
    assertTrue(answer.message().contains(inMessage), answer.body().toString());
  }

  private String waitingHandle(String workflowId, SubmissionWorkflow.Step step)
      throws InterruptedException {
    desk.start(step, workflowId, DOCUMENT);
    String handle = desk.submissions.outbox.next().handle();
    LeakWatch.secret(handle);
    return handle;
  }

  private long signals(String workflowId) {
    return client.fetchHistory(workflowId).getEvents().stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
        .count();
  }

  private void assertHonestDeliveryGoesThrough(
      WebhookReceiver receiver, String workflowId, String handle) throws Exception {
    Answer honest = post(receiver, handle, APPROVED_JSON);
    assertEquals(200, honest.status(), honest.body().toString());
    assertEquals(APPROVED, client.newUntypedWorkflowStub(workflowId).getResult(Decision.class));
    assertEquals(1, signals(workflowId));
  }

  @Test
  void signalHandlesWithAValidChecksumThatNameAnotherSignalAreRefused() throws Exception {
    WebhookReceiver receiver = receiver(deskReceiver());
    String victim = waitingHandle("strict-signal-victim", SubmissionWorkflow.Step.SUBMIT);
    String bystander = "strict-signal-bystander";
    waitingHandle(bystander, SubmissionWorkflow.Step.ARCHIVE);
    // Built from the documented format: the checksum is right, the address is not the method's.
    List<String> forged =
        List.of(
            HandleCodec.encode(
                SubmitForReviewHandle.KEY,
                new ReplyAddress.SignalAddress(bystander, "", "archived")),
            HandleCodec.encode(
                SubmitForReviewHandle.KEY,
                new ReplyAddress.SignalAddress(bystander, "", "approve")),
            HandleCodec.encode(
                ReviewActivitiesCompleter.RequestReviewHandle.KEY,
                new ReplyAddress.SignalAddress(
                    bystander, "", SubmissionActivitiesSignals.SUBMIT_FOR_REVIEW_SIGNAL)));

    for (String handle : forged) {
      assertRefused(post(receiver, handle, APPROVED_JSON), 400, "bad_handle", "names the signal");
    }

    assertEquals(0, signals(bystander), "a forged handle signalled a bystander");
    assertEquals(0, signals("strict-signal-victim"));
    assertHonestDeliveryGoesThrough(receiver, "strict-signal-victim", victim);
  }

  @Test
  void duplicateKeysAndTrailingContentAreMalformed() throws Exception {
    WebhookReceiver receiver = receiver(deskReceiver());
    String handle = waitingHandle("strict-json", SubmissionWorkflow.Step.SUBMIT);
    String rejected =
        "{\"result\": {\"approved\": false, \"reviewer\": \"eve\", \"comment\": \"no\"}}";

    assertRefused(
        post(
            receiver,
            handle,
            APPROVED_JSON.replace("}}", "}, \"result\": " + rejected.substring(11))),
        400,
        "malformed_json",
        "Duplicate field 'result'");
    assertRefused(
        post(
            receiver,
            handle,
            "{\"result\": {\"approved\": true, \"approved\": false, \"reviewer\": \"ada\","
                + " \"comment\": \"\"}}"),
        400,
        "malformed_json",
        "Duplicate field 'approved'");
    assertRefused(
        post(receiver, handle, APPROVED_JSON + rejected),
        400,
        "malformed_json",
        "content after its JSON value");
    assertRefused(post(receiver, handle, APPROVED_JSON + " garbage"), 400, "malformed_json", "");

    assertEquals(0, signals("strict-json"), "a malformed body reached the workflow");
    assertHonestDeliveryGoesThrough(receiver, "strict-json", handle);
  }

  @Test
  void numbersThatDoNotFitTheResultTypeExactlyAreRefused() throws Exception {
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      ShapesActivitiesImpl activities = new ShapesActivitiesImpl();
      Worker worker = env.newWorker("shapes");
      worker.registerWorkflowImplementationTypes(ShapesWorkflow.Impl.class);
      worker.registerActivitiesImplementations(activities);
      env.start();
      WorkflowClient shapesClient = env.getWorkflowClient();
      ShapesWorkflow workflow =
          shapesClient.newWorkflowStub(
              ShapesWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setTaskQueue("shapes")
                  .setWorkflowId("strict-numbers")
                  .build());
      WorkflowClient.start(workflow::run);
      ShapesActivitiesCompleter completer = new ShapesActivitiesCompleter(shapesClient);
      WebhookReceiver receiver =
          receiver(
              WebhookReceiver.builder(shapesClient).routes(ShapesActivitiesCompleter.routes()));

      String items = activities.outbox.next().handle();
      LeakWatch.secret(items);
      for (String quantity : List.of("1.9", "2.0", "2e0", "\"2\"", "3000000000", "true")) {
        assertRefused(
            post(
                receiver,
                items,
                "{\"result\": [{\"sku\": \"A-1\", \"quantity\": " + quantity + "}]}"),
            422,
            "result_type_mismatch",
            "The result does not fit ShapesActivities.items");
      }
      assertEquals(
          200,
          post(receiver, items, "{\"result\": [{\"sku\": \"A-1\", \"quantity\": 2}]}").status());

      completer
          .totals(TotalsHandle.parse(activities.outbox.next().handle()))
          .complete(Map.of("net", new Amount(new BigDecimal("10.50"), "EUR")));
      completer
          .item(ItemHandle.parse(activities.outbox.next().handle()))
          .complete(new Item("C-3", 9));
      completer
          .slot(SlotHandle.parse(activities.outbox.next().handle()))
          .complete(new Shelf.Slot("7B", 3));
      String count = activities.outbox.next().handle();
      LeakWatch.secret(count);
      for (String value : List.of("6.5", "7.0", "\"7\"")) {
        assertEquals(422, post(receiver, count, "{\"result\": " + value + "}").status(), value);
      }
      assertEquals(200, post(receiver, count, "{\"result\": 7}").status());
      completer.approved(ApprovedHandle.parse(activities.outbox.next().handle())).complete(true);
      completer.touch(TouchHandle.parse(activities.outbox.next().handle())).complete();

      Shapes shapes = WorkflowStub.fromTyped(workflow).getResult(Shapes.class);
      assertEquals(List.of(new Item("A-1", 2)), shapes.items());
      assertEquals(7, shapes.count());
      assertEquals(
          7,
          shapesClient.fetchHistory("strict-numbers").getEvents().stream()
              .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
              .count(),
          "an activity was completed more than once");
    }
  }

  @Test
  void sealedHandlesAreOpenedAndOnlySealedOnesTakenWhereRequired() throws Exception {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    HandleSealer sealer =
        HandleSealer.builder().signingKey("k1", secret).timeToLive(Duration.ofHours(1)).build();
    WebhookReceiver sealing = receiver(deskReceiver().sealer(sealer));
    WebhookReceiver sealedOnly = receiver(deskReceiver().sealer(sealer).sealedOnly());
    WebhookReceiver plain = receiver(deskReceiver());
    String handle = waitingHandle("strict-sealed", SubmissionWorkflow.Step.SUBMIT);
    String sealed = sealer.seal(SubmitForReviewHandle.parse(handle));
    String[] parts = sealed.split("\\.", 5);

    assertRefused(
        post(sealedOnly, handle, APPROVED_JSON), 400, "bad_handle", "sealed handles only");
    assertRefused(
        post(
            sealedOnly,
            "SubmissionActivities/submitForReview/by-workflow/strict-sealed",
            APPROVED_JSON),
        400,
        "bad_handle",
        "no replies by workflow id");
    assertRefused(post(plain, sealed, APPROVED_JSON), 400, "bad_handle", "no HandleSealer");
    assertRefused(
        post(
            sealing,
            String.join(".", parts[0], parts[1], "0" + parts[2], parts[3], parts[4]),
            APPROVED_JSON),
        400,
        "bad_handle",
        "no valid expiry");
    String forgedInner =
        HandleCodec.encode(
            SubmitForReviewHandle.KEY,
            new ReplyAddress.SignalAddress("strict-sealed", "", "approve"));
    assertRefused(
        post(
            sealing,
            String.join(".", parts[0], parts[1], parts[2], parts[3], forgedInner),
            APPROVED_JSON),
        400,
        "bad_handle",
        "does not carry a valid signature");
    assertEquals(0, signals("strict-sealed"));

    Answer delivered = post(sealedOnly, sealed, APPROVED_JSON);
    assertEquals(200, delivered.status(), delivered.body().toString());
    // A retry, sealed again with a later expiry: the same delivery, answered as a duplicate.
    Answer again =
        post(sealedOnly, sealer.seal(SubmitForReviewHandle.parse(handle)), APPROVED_JSON);
    assertEquals(200, again.status(), again.body().toString());
    assertEquals(true, again.body().get("duplicate").asBoolean());
    assertEquals(
        APPROVED, client.newUntypedWorkflowStub("strict-sealed").getResult(Decision.class));
    assertEquals(1, signals("strict-sealed"));
  }

  @Test
  void otherMethodsAreRefusedWithAllow() throws Exception {
    WebhookReceiver receiver = receiver(deskReceiver());
    String handle = waitingHandle("strict-methods", SubmissionWorkflow.Step.SUBMIT);

    for (String method : List.of("GET", "PUT", "DELETE", "OPTIONS", "PATCH")) {
      Answer answer =
          send(
              HttpRequest.newBuilder(receiver.uri().resolve(handle))
                  .timeout(BOUND)
                  .method(method, HttpRequest.BodyPublishers.ofString(APPROVED_JSON))
                  .build());
      assertRefused(answer, 405, "method_not_allowed", "POST");
      assertEquals("POST", answer.response().headers().firstValue("Allow").orElse(""), method);
    }
    Answer head =
        send(
            HttpRequest.newBuilder(receiver.uri().resolve(handle))
                .timeout(BOUND)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(405, head.status());
    assertEquals("POST", head.response().headers().firstValue("Allow").orElse(""));

    Answer outside =
        send(
            HttpRequest.newBuilder(receiver.uri().resolve("/elsewhere/" + handle))
                .timeout(BOUND)
                .POST(HttpRequest.BodyPublishers.ofString(APPROVED_JSON))
                .build());
    assertRefused(outside, 404, "not_found", "/handback/");

    assertEquals(0, signals("strict-methods"));
    assertHonestDeliveryGoesThrough(receiver, "strict-methods", handle);
  }
}

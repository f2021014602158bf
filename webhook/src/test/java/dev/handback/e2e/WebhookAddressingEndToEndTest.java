package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.e2e.OrderActivities.Line;
import dev.handback.e2e.OrderActivities.Receipt;
import dev.handback.e2e.OrderActivitiesCompleter.ChargeHandle;
import dev.handback.webhook.WebhookReceiver;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Handles by ids and by business key through the webhook receiver, over real HTTP on loopback in
 * front of Temporal's in-process test server: a handle by ids is remembered like any other, a
 * business-key handle is looked up on every delivery, and each way a lookup can fail has its own
 * status and error code.
 */
class WebhookAddressingEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OrderDesk desk;
  private WebhookReceiver receiver;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    desk = new OrderDesk();
    receiver =
        WebhookReceiver.builder(desk.client).routes(OrderActivitiesCompleter.routes()).start();
  }

  @AfterEach
  void stop() {
    receiver.close();
    desk.close();
  }

  private record Answer(int status, JsonNode body) {
    String error() {
      return body.path("error").asText();
    }
  }

  private Answer post(String handle, Receipt receipt) throws IOException, InterruptedException {
    String body = "{\"result\": " + JSON.writeValueAsString(receipt) + "}";
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(receiver.uri().resolve(handle))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), JSON.readTree(response.body()));
  }

  @Test
  void aHandleByIdsIsDeliveredOnceAndItsRepeatIsADuplicate() throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start("hook-by-ids", OrderWorkflow.Step.CHARGE, new Line("line-1", 100));
    String handle = desk.activities.next().handle();
    assertTrue(handle.startsWith("hb1.OrderActivities.charge.a."), handle);
    Receipt receipt = new Receipt("line-1", "through the webhook");

    Answer first = post(handle, receipt);
    Answer again = post(handle, receipt);

    assertEquals(200, first.status(), first.body().toString());
    assertEquals(false, first.body().get("duplicate").asBoolean());
    assertEquals(200, again.status(), again.body().toString());
    assertEquals(true, again.body().get("duplicate").asBoolean());
    assertEquals(List.of(receipt), result.get(30, TimeUnit.SECONDS));
    assertEquals(1, desk.completions("hook-by-ids"));
  }

  @Test
  void aBusinessKeyHandleIsLookedUpAndARepeatFindsNothingPending() throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start("hook-4711", OrderWorkflow.Step.CHARGE, new Line(null, 100));
    desk.activities.next();
    String handle = ChargeHandle.forWorkflow("hook-4711").encode();
    Receipt receipt = new Receipt("all", "by business key, through the webhook");

    Answer first = post(handle, receipt);
    assertEquals(200, first.status(), first.body().toString());
    assertEquals(List.of(receipt), result.get(30, TimeUnit.SECONDS));

    Answer again = post(handle, receipt);
    assertEquals(410, again.status(), again.body().toString());
    assertEquals("no_longer_waiting", again.error());
    assertTrue(again.body().path("message").asText().contains("(COMPLETED)"), again.toString());
    assertEquals(1, desk.completions("hook-4711"));
  }

  @Test
  void eachFailedLookupHasItsOwnStatus() throws Exception {
    CompletableFuture<List<Receipt>> lines =
        desk.start(
            "hook-lines",
            OrderWorkflow.Step.CHARGE_LINES,
            new Line("line-1", 100),
            new Line("line-2", 200));
    desk.activities.next();
    desk.activities.next();
    desk.start("hook-shipping", OrderWorkflow.Step.SHIP_THEN_CHARGE, new Line("line-1", 100));
    desk.activities.next();

    Answer ambiguous = post(ChargeHandle.forWorkflow("hook-lines").encode(), null);
    Answer nonePending = post(ChargeHandle.forWorkflow("hook-shipping").encode(), null);
    Answer notFound = post(ChargeHandle.forWorkflow("hook-nobody").encode(), null);

    assertEquals(409, ambiguous.status(), ambiguous.body().toString());
    assertEquals("ambiguous", ambiguous.error());
    assertTrue(ambiguous.body().path("message").asText().contains("call key 'line-2'"));
    assertEquals(409, nonePending.status(), nonePending.body().toString());
    assertEquals("none_pending", nonePending.error());
    assertEquals(404, notFound.status(), notFound.body().toString());
    assertEquals("workflow_not_found", notFound.error());
    assertEquals(0, desk.completions("hook-lines") + desk.completions("hook-shipping"));

    Receipt first = new Receipt("line-1", "by call key");
    Receipt second = new Receipt("line-2", "by call key");
    assertEquals(200, post(ChargeHandle.forCall("hook-lines", "line-1").encode(), first).status());
    assertEquals(200, post(ChargeHandle.forCall("hook-lines", "line-2").encode(), second).status());
    assertEquals(List.of(first, second), lines.get(30, TimeUnit.SECONDS));
  }

  @Test
  void aSenderThatKnowsOnlyItsWorkflowIdRepliesToAUrlWithItInIt() throws Exception {
    String workflowId = "order 4711+β";
    CompletableFuture<List<Receipt>> result =
        desk.start(workflowId, OrderWorkflow.Step.CHARGE, new Line(null, 100));
    desk.activities.next();
    Receipt receipt = new Receipt("all", "by the workflow id in the URL");

    Answer first = post("OrderActivities/charge/by-workflow/order%204711+%CE%B2", receipt);
    assertEquals(200, first.status(), first.body().toString());
    assertEquals(List.of(receipt), result.get(30, TimeUnit.SECONDS));

    Answer again = post("OrderActivities/charge/by-workflow/order%204711+%CE%B2", receipt);
    assertEquals(410, again.status(), again.body().toString());
    assertEquals("no_longer_waiting", again.error());
    assertEquals(1, desk.completions(workflowId));
  }

  @Test
  void parallelCallsAreEachRepliedToByTheirCallKeyInTheUrl() throws Exception {
    CompletableFuture<List<Receipt>> lines =
        desk.start(
            "hook-url-lines",
            OrderWorkflow.Step.CHARGE_LINES,
            new Line("line-1", 100),
            new Line("line-2", 200));
    desk.activities.next();
    desk.activities.next();
    Receipt first = new Receipt("line-1", "by call key in the URL");
    Receipt second = new Receipt("line-2", "by call key in the URL");

    Answer ambiguous = post("OrderActivities/charge/by-workflow/hook-url-lines", first);
    Answer one = post("OrderActivities/charge/by-call/hook-url-lines/line-1", first);
    Answer two = post("OrderActivities/charge/by-call/hook-url-lines/line-2", second);

    assertEquals(409, ambiguous.status(), ambiguous.body().toString());
    assertEquals("ambiguous", ambiguous.error());
    assertEquals(200, one.status(), one.body().toString());
    assertEquals(200, two.status(), two.body().toString());
    assertEquals(List.of(first, second), lines.get(30, TimeUnit.SECONDS));
  }

  @Test
  void aUrlThatNamesNoMethodOrNoWorkflowIsRefusedBeforeTemporalIsAsked() throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start("hook-url-probe", OrderWorkflow.Step.CHARGE, new Line(null, 100));
    desk.activities.next();
    Receipt receipt = new Receipt("all", "probe");

    assertRefused(
        post("OrderActivities/refund/by-workflow/hook-url-probe", receipt), 404, "unknown_method");
    assertRefused(
        post("Order.Activities/charge/by-workflow/hook-url-probe", receipt), 400, "bad_handle");
    assertRefused(
        post("OrderActivities/charge/by-name/hook-url-probe", receipt), 400, "bad_handle");
    assertRefused(
        post("OrderActivities/charge/by-workflow/hook-url-probe/x", receipt), 400, "bad_handle");
    assertRefused(post("OrderActivities/charge/by-workflow/", receipt), 400, "bad_handle");
    assertRefused(
        post("OrderActivities/charge/by-call/hook-url-probe/", receipt), 400, "bad_handle");
    assertEquals(0, desk.completions("hook-url-probe"));

    Answer honest = post("OrderActivities/charge/by-workflow/hook-url-probe", receipt);
    assertEquals(200, honest.status(), honest.body().toString());
    assertEquals(List.of(receipt), result.get(30, TimeUnit.SECONDS));
  }

  private static void assertRefused(Answer answer, int status, String error) {
    assertEquals(status, answer.status(), answer.body().toString());
    assertEquals(error, answer.error(), answer.body().toString());
  }
}

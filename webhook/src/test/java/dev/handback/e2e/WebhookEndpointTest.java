package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.webhook.WebhookAnswer;
import dev.handback.webhook.WebhookEndpoint;
import io.temporal.client.WorkflowStub;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery core without any HTTP server, as a framework's endpoint (a Spring controller, say)
 * calls it: the same statuses, bodies and headers as the receiver's, and a real delivery.
 */
class WebhookEndpointTest {
  private static final String APPROVED_JSON =
      "{\"result\": {\"approved\": true, \"reviewer\": \"ada\", \"comment\": \"ship it\"}}";

  private SubmissionDesk desk;
  private WebhookEndpoint endpoint;

  @BeforeEach
  void start() {
    desk = new SubmissionDesk();
    endpoint =
        WebhookEndpoint.builder(desk.client).routes(SubmissionActivitiesCompleter.routes()).build();
  }

  @AfterEach
  void stop() {
    endpoint.close();
    desk.close();
  }

  private WebhookAnswer answer(String method, String path, String body) throws Exception {
    return endpoint
        .answer(method, path, body.getBytes(StandardCharsets.UTF_8))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void answersWithoutAnHttpServer() throws Exception {
    WorkflowStub workflow =
        desk.start(SubmissionWorkflow.Step.SUBMIT, "endpoint-core", new Document("d", "t"));
    String handle = desk.submissions.outbox.next().handle();

    Optional<WebhookAnswer> get = endpoint.answerBeforeBody("GET", handle);
    assertEquals(405, get.orElseThrow().status());
    assertEquals(Map.of("Allow", "POST"), get.orElseThrow().headers());
    assertEquals(Optional.empty(), endpoint.answerBeforeBody("POST", handle));
    assertEquals(
        404,
        endpoint.answerBeforeBody("POST", "hb1.Nobody.nothing.t.AAAAAAAA").orElseThrow().status());
    assertEquals(
        Optional.empty(),
        endpoint.answerBeforeBody(
            "POST", "SubmissionActivities/submitForReview/by-workflow/a%20b"));
    WebhookAnswer badEscape =
        endpoint
            .answerBeforeBody("POST", "SubmissionActivities/submitForReview/by-workflow/a%zz")
            .orElseThrow();
    assertEquals(400, badEscape.status());
    assertTrue(badEscape.body().contains("not percent-encoded"), badEscape.body());

    WebhookAnswer malformed = answer("POST", handle, "{\"result\": 1, \"result\": 2}");
    assertEquals(400, malformed.status());
    assertTrue(malformed.body().contains("\"error\":\"malformed_json\""), malformed.body());

    WebhookAnswer delivered = answer("POST", handle, APPROVED_JSON);
    assertEquals(200, delivered.status(), delivered.body());
    assertEquals("{\"delivered\":true,\"duplicate\":false}", delivered.body());
    assertEquals(
        "{\"delivered\":true,\"duplicate\":true}", answer("POST", handle, APPROVED_JSON).body());
    assertEquals(new Decision(true, "ada", "ship it"), workflow.getResult(Decision.class));
  }
}

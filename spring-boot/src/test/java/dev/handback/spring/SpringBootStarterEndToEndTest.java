package dev.handback.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.ReviewActivitiesCompleter;
import dev.handback.runtime.ReplyAddress;
import dev.handback.spring.desk.DeskApplication;
import dev.handback.spring.desk.DeskWorkflow;
import dev.handback.spring.desk.Outbox;
import dev.handback.spring.desk.ReviewDeskCompleter;
import dev.handback.spring.desk.ReviewDeskCompleter.ReviewHandle;
import dev.handback.spring.desk.SigningDeskCompleter;
import dev.handback.spring.desk.Verdict;
import dev.handback.webhook.WebhookAnswer;
import dev.handback.webhook.WebhookEndpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * A Spring Boot application with Temporal's starter (in its test-server mode) and Handback's, with
 * no Handback configuration, on a real embedded web server: its completers are beans, its web
 * server takes webhook replies under {@code /handback} behind the application's Spring Security,
 * with the answers of {@code handback-webhook}'s receiver, and replies are counted in its
 * Micrometer registry.
 */
@SpringBootTest(
    classes = DeskApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.temporal.test-server.enabled=true",
      "spring.temporal.workers-auto-discovery.workflow-packages=dev.handback.spring.desk",
      "spring.temporal.workers-auto-discovery.register-activity-beans=true"
    })
class SpringBootStarterEndToEndTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String APPROVED = "{\"result\": {\"approved\": true, \"by\": \"ada\"}}";

  @LocalServerPort int port;
  @Autowired WorkflowClient client;
  @Autowired Outbox outbox;
  @Autowired ReviewDeskCompleter reviewDesk;
  @Autowired SigningDeskCompleter signingDesk;
  @Autowired WebhookEndpoint endpoint;
  @Autowired MeterRegistry registry;
  @Autowired ApplicationContext context;

  private WorkflowStub start(String document, boolean bySignal) {
    DeskWorkflow workflow =
        client.newWorkflowStub(
            DeskWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(DeskApplication.QUEUE)
                .setWorkflowId("desk-" + document)
                .build());
    WorkflowClient.start(workflow::run, document, bySignal);
    return WorkflowStub.fromTyped(workflow);
  }

  private HttpResponse<String> post(String path, String body, boolean loggedIn) throws Exception {
    return send("POST", path, body, loggedIn);
  }

  private HttpResponse<String> send(String method, String path, String body, boolean loggedIn)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (loggedIn) {
      String credentials = DeskApplication.DESK_USER + ":" + DeskApplication.DESK_PASSWORD;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyGeneratedCompleterIsABeanMadeFromTheWorkflowClient() {
    assertNotNull(reviewDesk);
    assertNotNull(signingDesk);
    assertSame(
        reviewDesk,
        context.getBean(ReviewDeskCompleter.class),
        "one bean per completer, injectable by type");
    // The processor's own test fixtures are on this class path too, as a library's would be.
    assertNotNull(context.getBean(ReviewActivitiesCompleter.class));
    assertEquals(
        List.of(ReviewDeskCompleter.class.getName()),
        List.of(context.getBeanNamesForType(ReviewDeskCompleter.class)));
  }

  @Test
  void aPostToTheWebhookCompletesAnActivityOnceTheDeskLoggedIn() throws Exception {
    WorkflowStub workflow = start("by-webhook", false);
    String handle = outbox.handleFor("by-webhook");

    HttpResponse<String> anonymous = post("/handback/" + handle, APPROVED, false);
    assertEquals(401, anonymous.statusCode(), anonymous.body());

    HttpResponse<String> delivered = post("/handback/" + handle, APPROVED, true);
    assertEquals(200, delivered.statusCode(), delivered.body());
    assertEquals("{\"delivered\":true,\"duplicate\":false}", delivered.body());
    // Tomcat writes the same media type without the space: application/json;charset=utf-8.
    assertEquals(
        MediaType.parseMediaType(WebhookAnswer.CONTENT_TYPE),
        MediaType.parseMediaType(delivered.headers().firstValue("Content-Type").orElseThrow()));
    assertEquals(new Verdict(true, "ada"), workflow.getResult(Verdict.class));

    HttpResponse<String> again = post("/handback/" + handle, APPROVED, true);
    assertEquals("{\"delivered\":true,\"duplicate\":true}", again.body());
  }

  @Test
  void aCompleterBeanCompletesAnother() throws Exception {
    WorkflowStub workflow = start("by-bean", false);
    String handle = outbox.handleFor("by-bean");

    reviewDesk.review(ReviewHandle.parse(handle)).complete(new Verdict(false, "bob"));

    assertEquals(new Verdict(false, "bob"), workflow.getResult(Verdict.class));
  }

  @Test
  void aPostToTheWebhookSignalsAWaitingWorkflow() throws Exception {
    WorkflowStub workflow = start("by-signal", true);
    String handle = outbox.handleFor("by-signal");

    HttpResponse<String> delivered = post("/handback/" + handle, APPROVED, true);

    assertEquals(200, delivered.statusCode(), delivered.body());
    assertEquals(new Verdict(true, "ada"), workflow.getResult(Verdict.class));
  }

  /** Requests the endpoint refuses, with what the shared core answers to each. */
  @Test
  void refusalsAreTheReceiversAnswersWordForWord() throws Exception {
    // Intact, of a method the endpoint takes, for an attempt that does not exist: nothing here
    // reaches Temporal.
    String intact = ReviewHandle.of(new ReplyAddress.TaskToken(new byte[] {1, 2, 3})).encode();
    record Case(String method, String handle, String body, String error) {}
    List<Case> cases =
        List.of(
            new Case("GET", intact, "", "method_not_allowed"),
            new Case("PUT", intact, APPROVED, "method_not_allowed"),
            new Case("POST", "not-a-handle", APPROVED, "bad_handle"),
            new Case("POST", intact + "/nested", APPROVED, "bad_handle"),
            new Case("POST", intact.substring(0, intact.length() - 2), APPROVED, "bad_handle"),
            new Case("POST", "hb1.Nobody.nothing.t.AAAAAAAA", APPROVED, "unknown_method"),
            new Case("POST", intact, "{\"result\": 1, \"result\": 2}", "malformed_json"),
            new Case("POST", intact, "[]", "bad_body"),
            new Case(
                "POST",
                intact,
                "{\"result\": {\"approved\": true, \"by\": \"x\", \"extra\": 1}}",
                "result_type_mismatch"),
            new Case("POST", intact, "{\"failure\": {\"message\": \"no type\"}}", "bad_failure"));
    for (Case refused : cases) {
      HttpResponse<String> got =
          send(refused.method(), "/handback/" + refused.handle(), refused.body(), true);
      WebhookAnswer expected =
          endpoint
              .answerBeforeBody(refused.method(), refused.handle())
              .orElseGet(
                  () ->
                      endpoint
                          .answer(
                              refused.method(),
                              refused.handle(),
                              refused.body().getBytes(StandardCharsets.UTF_8))
                          .toCompletableFuture()
                          .join());
      assertEquals(Optional.of(refused.error()), expected.error(), refused.toString());
      assertEquals(expected.status(), got.statusCode(), refused + ": " + got.body());
      assertEquals(expected.body(), got.body(), refused.toString());
      expected
          .headers()
          .forEach(
              (name, value) ->
                  assertEquals(Optional.of(value), got.headers().firstValue(name), name));
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedUnread() throws Exception {
    WorkflowStub workflow = start("too-large", false);
    String handle = outbox.handleFor("too-large");
    String large = "{\"result\": \"" + "x".repeat(endpoint.maxBodyBytes()) + "\"}";

    HttpResponse<String> refused = post("/handback/" + handle, large, true);

    assertEquals(413, refused.statusCode());
    assertEquals(endpoint.bodyTooLarge().body(), refused.body());
    reviewDesk.review(ReviewHandle.parse(handle)).complete(new Verdict(true, "after"));
    assertEquals(new Verdict(true, "after"), workflow.getResult(Verdict.class));
  }

  @Test
  void repliesAndRefusalsLandInTheApplicationsMeterRegistry() throws Exception {
    WorkflowStub workflow = start("metered", false);
    String handle = outbox.handleFor("metered");
    reviewDesk.review(ReviewHandle.parse(handle)).complete(new Verdict(true, "metered"));
    workflow.getResult(Verdict.class);
    post("/handback/garbage", APPROVED, true);

    // Temporal's starter reports its scope to Micrometer every ten seconds.
    Map<String, String> completed =
        Map.of(
            "namespace", "default",
            "interface", "ReviewDesk",
            "method", "review",
            "path", "completion",
            "outcome", "completed");
    Metrics.await(() -> Metrics.counted(registry, "handback_reply", completed) >= 1);
    Metrics.await(
        () ->
            Metrics.counted(registry, "handback_webhook_refusal", Map.of("code", "bad_handle"))
                >= 1);
    assertTrue(Metrics.timed(registry, "handback_reply_latency", completed) >= 1);
  }
}

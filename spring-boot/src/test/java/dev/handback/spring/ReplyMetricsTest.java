package dev.handback.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import dev.handback.runtime.ActivityCancellationRequestedException;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.ReplyOutcomeUnknownException;
import dev.handback.runtime.ReplyRefusedException;
import dev.handback.runtime.TemporalUnavailableException;
import dev.handback.runtime.WorkflowNoLongerWaitingException;
import dev.handback.spring.desk.DeskApplication;
import dev.handback.spring.desk.DeskWorkflow;
import dev.handback.spring.desk.DeskWorkflowImpl;
import dev.handback.spring.desk.Outbox;
import dev.handback.spring.desk.ReviewDeskCompleter;
import dev.handback.spring.desk.ReviewDeskCompleter.ReviewHandle;
import dev.handback.spring.desk.ReviewDeskImpl;
import dev.handback.spring.desk.SigningDeskCompleter;
import dev.handback.spring.desk.SigningDeskCompleter.SignHandle;
import dev.handback.spring.desk.SigningDeskImpl;
import dev.handback.spring.desk.Verdict;
import dev.handback.testserver.ScriptedWorkflowService;
import dev.handback.webhook.WebhookEndpoint;
import io.grpc.Status;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every outcome of a reply, and webhook refusals by code, arrive in a Micrometer registry with the
 * names and tags the README's table gives — recorded on the metrics scope of the client's {@code
 * WorkflowServiceStubs}, reported to Micrometer as Temporal's Spring Boot starter reports it. No
 * Spring here: the same metrics appear for a completer made by hand. Outcomes Temporal's test
 * server can give come from it; a refusal and an outage from a scripted gRPC frontend.
 */
class ReplyMetricsTest {
  private static final Verdict APPROVED = new Verdict(true, "ada");

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final Scope scope =
      new RootScopeBuilder()
          .reporter(new MicrometerClientStatsReporter(registry))
          .reportEvery(com.uber.m3.util.Duration.ofMillis(20));
  private final Outbox outbox = new Outbox();
  private TestWorkflowEnvironment env;
  private WorkflowClient client;

  @BeforeEach
  void startTemporal() {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setMetricsScope(scope).build());
    Worker worker = env.newWorker(DeskApplication.QUEUE);
    worker.registerWorkflowImplementationTypes(DeskWorkflowImpl.class);
    worker.registerActivitiesImplementations(
        new ReviewDeskImpl(outbox), new SigningDeskImpl(outbox));
    env.start();
    client = env.getWorkflowClient();
  }

  @AfterEach
  void stopTemporal() throws Exception {
    env.close();
    scope.close();
  }

  private DeskWorkflow start(String document, boolean bySignal) {
    DeskWorkflow workflow =
        client.newWorkflowStub(
            DeskWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(DeskApplication.QUEUE)
                .setWorkflowId(document)
                .build());
    WorkflowClient.start(workflow::run, document, bySignal);
    return workflow;
  }

  private static Map<String, String> reply(String path, String outcome) {
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("namespace", "default");
    tags.put("interface", path.equals("signal") ? "SigningDesk" : "ReviewDesk");
    tags.put("method", path.equals("signal") ? "sign" : "review");
    tags.put("path", path);
    tags.put("outcome", outcome);
    return tags;
  }

  @Test
  void everyOutcomeIsCountedAndTimedByMethodPathAndOutcome() throws Exception {
    ReviewDeskCompleter reviews = new ReviewDeskCompleter(client);
    SigningDeskCompleter signing = new SigningDeskCompleter(client);

    start("completed", false);
    ReviewHandle completed = ReviewHandle.parse(outbox.handleFor("completed"));
    reviews.review(completed).heartbeat("page 1");
    reviews.review(completed).complete(APPROVED);
    // The same reply again is found in the history; another one finds nobody waiting.
    reviews.review(completed).complete(APPROVED);
    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> reviews.review(completed).complete(new Verdict(false, "bob")));

    start("failed", false);
    reviews
        .review(ReviewHandle.parse(outbox.handleFor("failed")))
        .fail(new IllegalStateException("the desk burnt down"));

    DeskWorkflow withdrawn = start("withdrawn", false);
    ReviewHandle cancelling = ReviewHandle.parse(outbox.handleFor("withdrawn"));
    withdrawn.withdraw();
    int heartbeats = 1;
    while (true) {
      try {
        reviews.review(cancelling).heartbeat();
        heartbeats++;
        Thread.sleep(20);
      } catch (ActivityCancellationRequestedException expected) {
        break;
      }
    }
    reviews.review(cancelling).reportCancellation("withdrawn by the author");

    DeskWorkflow signed = start("signed", true);
    SignHandle signature = SignHandle.parse(outbox.handleFor("signed"));
    signing.sign(signature).complete(APPROVED);
    assertEquals(APPROVED, WorkflowStub.fromTyped(signed).getResult(Verdict.class));
    signing.sign(signature).complete(APPROVED);
    assertThrows(
        WorkflowNoLongerWaitingException.class,
        () -> signing.sign(signature).complete(new Verdict(false, "bob")));
    start("refused-signature", true);
    signing
        .sign(SignHandle.parse(outbox.handleFor("refused-signature")))
        .fail(new IllegalArgumentException("not my signature"));

    try (ScriptedWorkflowService frontend = new ScriptedWorkflowService()) {
      WorkflowServiceStubs stubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder()
                  .setTarget(frontend.target())
                  .setMetricsScope(scope)
                  .setRpcRetryOptions(
                      RpcRetryOptions.newBuilder()
                          .setInitialInterval(Duration.ofMillis(10))
                          .setCongestionInitialInterval(Duration.ofMillis(10))
                          .setMaximumInterval(Duration.ofMillis(20))
                          .setMaximumAttempts(3)
                          .build())
                  .build());
      try {
        ReviewDeskCompleter scripted = new ReviewDeskCompleter(WorkflowClient.newInstance(stubs));
        frontend.alwaysAnswer(Status.Code.PERMISSION_DENIED);
        assertThrows(
            ReplyRefusedException.class, () -> scripted.review("scripted", "1").complete(APPROVED));
        frontend.alwaysAnswer(Status.Code.UNAVAILABLE);
        assertThrows(
            TemporalUnavailableException.class,
            () -> scripted.review("scripted", "1").complete(APPROVED));
        // An answer lost, then NOT_FOUND, and a frontend with no history to tell.
        frontend.answer(Status.Code.UNAVAILABLE, 1, Status.Code.NOT_FOUND);
        assertThrows(
            ReplyOutcomeUnknownException.class,
            () -> scripted.review("scripted", "1").complete(APPROVED));
      } finally {
        stubs.shutdownNow();
      }
    }

    Map<Map<String, String>, Double> expected = new LinkedHashMap<>();
    expected.put(reply("completion", "heartbeat"), (double) heartbeats);
    expected.put(reply("completion", "completed"), 1.0);
    expected.put(reply("completion", "no_longer_waiting"), 1.0);
    expected.put(reply("completion", "failed"), 1.0);
    expected.put(reply("completion", "cancel_requested"), 1.0);
    expected.put(reply("completion", "cancelled"), 1.0);
    expected.put(reply("completion", "refused"), 1.0);
    expected.put(reply("completion", "unavailable"), 1.0);
    expected.put(reply("completion", "already_recorded"), 1.0);
    expected.put(reply("completion", "outcome_unknown"), 1.0);
    expected.put(reply("signal", "already_recorded"), 1.0);
    expected.put(reply("signal", "completed"), 1.0);
    expected.put(reply("signal", "no_longer_waiting"), 1.0);
    expected.put(reply("signal", "failed"), 1.0);
    Metrics.await(
        () ->
            expected.entrySet().stream()
                .allMatch(
                    e -> Metrics.counted(registry, "handback_reply", e.getKey()) >= e.getValue()));
    for (Map.Entry<Map<String, String>, Double> count : expected.entrySet()) {
      assertEquals(
          count.getValue(),
          Metrics.counted(registry, "handback_reply", count.getKey()),
          count.getKey().toString());
      assertEquals(
          count.getValue().longValue(),
          Metrics.timed(registry, "handback_reply_latency", count.getKey()),
          count.getKey().toString());
    }
  }

  @Test
  void webhookRefusalsAreCountedByCode() throws Exception {
    start("hooked", false);
    String handle = outbox.handleFor("hooked");
    try (WebhookEndpoint endpoint =
        WebhookEndpoint.builder(client)
            .routes(ReviewDeskCompleter.routes())
            .maxBodyBytes(64)
            .build()) {
      endpoint.answerBeforeBody("GET", handle);
      endpoint.answerBeforeBody("DELETE", handle);
      endpoint.answerBeforeBody("POST", "hb1.Nobody.nothing.t.AAAAAAAA");
      endpoint.answer("POST", "garbage", body("{}")).toCompletableFuture().join();
      endpoint
          .answer("POST", handle, body("{\"result\": 1, \"result\": 2}"))
          .toCompletableFuture()
          .join();
      endpoint.bodyTooLarge();
      assertEquals(
          200,
          endpoint
              .answer("POST", handle, body("{\"result\": {\"approved\": true, \"by\": \"ada\"}}"))
              .toCompletableFuture()
              .join()
              .status());
    }

    Map<String, Double> expected =
        Map.of(
            "method_not_allowed", 2.0,
            "unknown_method", 1.0,
            "bad_handle", 1.0,
            "malformed_json", 1.0,
            "body_too_large", 1.0);
    Metrics.await(
        () ->
            expected.entrySet().stream().allMatch(e -> refusals(e.getKey()) >= e.getValue())
                && Metrics.counted(registry, "handback_reply", reply("completion", "completed"))
                    >= 1);
    expected.forEach((code, count) -> assertEquals(count, refusals(code), code));
    assertEquals(
        1.0, Metrics.counted(registry, "handback_reply", reply("completion", "completed")));
    assertEquals(
        6.0,
        registry.find("handback_webhook_refusal").counters().stream()
            .mapToDouble(counter -> counter.count())
            .sum(),
        "a delivery is no refusal");
  }

  private double refusals(String code) {
    return Metrics.counted(
        registry, "handback_webhook_refusal", Map.of("namespace", "default", "code", code));
  }

  private static byte[] body(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}

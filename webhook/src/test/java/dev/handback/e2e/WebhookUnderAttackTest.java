package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.e2e.ReviewActivitiesCompleter.RequestReviewHandle;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyRoute;
import dev.handback.testserver.LeakWatch;
import dev.handback.webhook.WebhookReceiver;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The receiver attacked as an outside party would, on loopback: slow heads, slow and endless
 * bodies, many idle connections, deliveries that get stuck in Temporal. While each attack runs, an
 * honest caller delivers a result and must be answered within {@link #PROBE_BOUND}; afterwards the
 * server has closed every hostile connection, and the histories hold exactly the honest delivery.
 *
 * <p>The receiver runs with short limits (1 s for heads, bodies and deliveries) so that each attack
 * takes a few seconds; the defaults are ten times longer and behave the same.
 */
class WebhookUnderAttackTest {
  @RegisterExtension static final LeakWatch LEAKS = new LeakWatch();

  /** How long an honest caller may wait for its answer while an attack runs. */
  private static final Duration PROBE_BOUND = Duration.ofSeconds(10);

  /** How long the server may take to close every hostile connection. */
  private static final Duration CLOSE_BOUND = Duration.ofSeconds(10);

  private static final Duration LIMIT = Duration.ofSeconds(1);
  private static final Document DOCUMENT = new Document("doc-13", "Threat model");
  private static final String APPROVED_JSON =
      "{\"result\": {\"approved\": true, \"reviewer\": \"ada\", \"comment\": \"ship it\"}}";
  private static final Decision APPROVED = new Decision(true, "ada", "ship it");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmissionDesk desk;
  private WorkflowClient client;
  private WebhookReceiver receiver;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_BOUND).build();

  @BeforeEach
  void start() throws IOException {
    desk = new SubmissionDesk();
    client = desk.client;
    List<ReplyRoute> routes = new ArrayList<>(SubmissionActivitiesCompleter.routes());
    routes.addAll(ReviewActivitiesCompleter.routes());
    receiver =
        WebhookReceiver.builder(client)
            .routes(routes)
            .headTimeout(LIMIT)
            .bodyTimeout(LIMIT)
            .deliveryTimeout(LIMIT)
            .deliveryThreads(2)
            .maxConnections(64)
            .start();
  }

  @AfterEach
  void stop() {
    receiver.close();
    desk.close();
  }

  /** A workflow waiting for its result by signal, and its handle. */
  private record Waiting(String workflowId, WorkflowStub workflow, String handle) {}

  private Waiting waiting(String workflowId) throws InterruptedException {
    WorkflowStub workflow =
        desk.start(SubmissionWorkflow.Step.SUBMIT_THEN_WAIT_LATER, workflowId, DOCUMENT);
    String handle = desk.submissions.outbox.next().handle();
    LeakWatch.secret(handle);
    return new Waiting(workflowId, workflow, handle);
  }

  private HttpRequest delivery(String handle, String body) {
    return HttpRequest.newBuilder(receiver.uri().resolve(handle))
        .timeout(PROBE_BOUND)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** Delivers the honest result to a fresh workflow; it must be answered 200 within the bound. */
  private Waiting probe(String workflowId) throws Exception {
    Waiting honest = waiting(workflowId);
    HttpResponse<String> answer =
        http.send(delivery(honest.handle(), APPROVED_JSON), HttpResponse.BodyHandlers.ofString());
    LeakWatch.answer(answer.body());
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals(false, JSON.readTree(answer.body()).get("duplicate").asBoolean());
    return honest;
  }

  private void assertDeliveredOnce(Waiting honest) {
    assertEquals(APPROVED, honest.workflow().getResult(Decision.class));
    assertEquals(1, signals(honest.workflowId()), "the honest delivery was not recorded once");
  }

  private long signals(String workflowId) {
    return client.fetchHistory(workflowId).getEvents().stream()
        .filter(event -> event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED)
        .count();
  }

  private String head(String handle, String... headers) {
    StringBuilder head =
        new StringBuilder("POST " + receiver.uri().getPath() + handle + " HTTP/1.1\r\n");
    head.append("Host: ").append(receiver.uri().getAuthority()).append("\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  private static void assertAllAnswered(List<String> answers, String statusLine) {
    for (String answer : answers) {
      assertTrue(
          answer.startsWith(statusLine), () -> "expected " + statusLine + ", got: " + answer);
      LeakWatch.answer(answer);
    }
  }

  @Test
  void slowHeadsAreCutOffAndHonestCallersAreServed() throws Exception {
    Waiting victim = waiting("attack-head-victim");
    String unfinished = head(victim.handle()).replace("\r\n\r\n", "\r\n");
    try (HostileClients slow =
        HostileClients.connect(receiver.uri(), 40, unfinished.substring(0, 30))
            .trickle("X", Duration.ofMillis(200))) {
      // A head trickled one byte at a time never ends; neither does one sent whole but unfinished.
      try (HostileClients unterminated =
          HostileClients.connect(receiver.uri(), 40, unfinished)
              .trickle("X-Slow: 1\r\n", Duration.ofMillis(200))) {
        Waiting honest = probe("attack-head-probe");

        assertEquals(List.of(), nonEmpty(slow.awaitClosedByServer(CLOSE_BOUND)));
        assertEquals(List.of(), nonEmpty(unterminated.awaitClosedByServer(CLOSE_BOUND)));
        assertDeliveredOnce(honest);
      }
    }
    assertEquals(0, signals(victim.workflowId()), "a cut-off request reached the workflow");
  }

  @Test
  void slowAndOversizedBodiesAreRefusedAndHonestCallersAreServed() throws Exception {
    Waiting victim = waiting("attack-body-victim");
    try (HostileClients huge =
            HostileClients.connect(
                    receiver.uri(), 20, head(victim.handle(), "Content-Length: 1073741824"))
                .trickle("{", Duration.ofMillis(500));
        HostileClients slow =
            HostileClients.connect(
                    receiver.uri(), 20, head(victim.handle(), "Content-Length: " + 500))
                .trickle("{", Duration.ofMillis(200))) {
      Waiting honest = probe("attack-body-probe");

      assertAllAnswered(huge.awaitClosedByServer(CLOSE_BOUND), "HTTP/1.1 413 ");
      assertAllAnswered(slow.awaitClosedByServer(CLOSE_BOUND), "HTTP/1.1 408 ");
      assertDeliveredOnce(honest);
    }
    assertEquals(0, signals(victim.workflowId()), "a refused body reached the workflow");
  }

  @Test
  void endlessChunkedBodiesAreCutOffAndHonestCallersAreServed() throws Exception {
    Waiting victim = waiting("attack-chunked-victim");
    String chunked = head(victim.handle(), "Transfer-Encoding: chunked");
    StringBuilder tooLarge = new StringBuilder(chunked);
    String chunk = "x".repeat(64 * 1024);
    for (int i = 0; i < 16; i++) {
      tooLarge
          .append(Integer.toHexString(chunk.length()))
          .append("\r\n")
          .append(chunk)
          .append("\r\n");
    }
    // One KiB over the 1 MiB limit, so the little the server leaves unread fits in the buffers.
    tooLarge.append("400\r\n").append("x".repeat(1024)).append("\r\n");
    try (HostileClients endless =
            HostileClients.connect(receiver.uri(), 20, chunked + "1\r\n{\r\n")
                .trickle("1\r\n \r\n", Duration.ofMillis(200));
        HostileClients overLimit = HostileClients.connect(receiver.uri(), 4, tooLarge.toString())) {
      Waiting honest = probe("attack-chunked-probe");

      assertAllAnswered(endless.awaitClosedByServer(CLOSE_BOUND), "HTTP/1.1 408 ");
      assertAllAnswered(overLimit.awaitClosedByServer(CLOSE_BOUND), "HTTP/1.1 413 ");
      assertDeliveredOnce(honest);
    }
    assertEquals(0, signals(victim.workflowId()), "a cut-off body reached the workflow");
  }

  @Test
  void manyIdleConnectionsDoNotLockOutHonestCallers() throws Exception {
    // More than the receiver's 64 connections: the rest wait in the operating system's backlog.
    try (HostileClients idle = HostileClients.connect(receiver.uri(), 200, "")) {
      Waiting honest = probe("attack-idle-probe");

      assertEquals(List.of(), nonEmpty(idle.awaitClosedByServer(CLOSE_BOUND)));
      assertDeliveredOnce(honest);
    }
  }

  @Test
  void stuckDeliveriesDoNotHoldUpOthers() throws Exception {
    // Forged task tokens with a valid checksum: Temporal answers INTERNAL, which the client
    // retries for a minute by default; the receiver gives each one second. Three times as many as
    // there are delivery threads: without the deadline they would hold every thread for a minute.
    // The honest delivery comes once they were answered, so that its own one-second deadline does
    // not depend on how long it waited behind them on a loaded machine.
    List<CompletableFuture<HttpResponse<String>>> stuck = new ArrayList<>();
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 6; i++) {
      byte[] token = new byte[64];
      random.nextBytes(token);
      String forged = RequestReviewHandle.of(new ReplyAddress.TaskToken(token)).encode();
      LeakWatch.secret(forged);
      stuck.add(
          http.sendAsync(delivery(forged, APPROVED_JSON), HttpResponse.BodyHandlers.ofString()));
    }

    for (CompletableFuture<HttpResponse<String>> pending : stuck) {
      HttpResponse<String> answer = pending.get(PROBE_BOUND.toSeconds(), TimeUnit.SECONDS);
      LeakWatch.answer(answer.body());
      JsonNode body = JSON.readTree(answer.body());
      assertEquals(503, answer.statusCode(), answer.body());
      assertTrue(
          List.of("temporal_unavailable", "overloaded").contains(body.get("error").asText()),
          answer.body());
      assertTrue(answer.headers().firstValue("Retry-After").isPresent(), answer.body());
    }

    assertDeliveredOnce(probe("attack-stuck-probe"));
  }

  private static List<String> nonEmpty(List<String> answers) {
    return answers.stream().filter(answer -> !answer.isEmpty()).toList();
  }
}

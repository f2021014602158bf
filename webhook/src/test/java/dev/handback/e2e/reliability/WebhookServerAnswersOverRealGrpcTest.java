package dev.handback.e2e.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ClearHandle;
import dev.handback.testserver.LeakWatch;
import dev.handback.testserver.ScriptedWorkflowService;
import dev.handback.webhook.WebhookReceiver;
import io.grpc.Status;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The webhook receiver in front of a {@link ScriptedWorkflowService} that answers with a chosen
 * status, over real gRPC: it tells a refusal ({@code 502}, sent once) from an outage ({@code 503},
 * retry later, after the client's retries).
 */
class WebhookServerAnswersOverRealGrpcTest {
  @RegisterExtension static final LeakWatch LEAKS = new LeakWatch();

  /** Attempts the client makes for a status it retries. */
  private static final int ATTEMPTS = 4;

  /** Quick retries, so that running out of them takes well under a second. */
  private static final RpcRetryOptions RETRIES =
      RpcRetryOptions.newBuilder()
          .setInitialInterval(Duration.ofMillis(10))
          .setCongestionInitialInterval(Duration.ofMillis(10))
          .setBackoffCoefficient(2)
          .setMaximumInterval(Duration.ofMillis(50))
          .setMaximumAttempts(ATTEMPTS)
          .setExpiration(Duration.ofMinutes(1))
          .build();

  private static ScriptedWorkflowService server;
  private static WorkflowServiceStubs stubs;
  private static ClearHandle clearHandle;

  @BeforeAll
  static void startServer() {
    server = new ScriptedWorkflowService();
    stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(server.target())
                .setRpcRetryOptions(RETRIES)
                .build());
    clearHandle = ClearHandle.forWorkflow("clearing-1", "run-1");
    LeakWatch.secret(clearHandle.encode());
  }

  @AfterAll
  static void stopServer() {
    stubs.shutdownNow();
    server.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("webhookAnswers")
  void theWebhookTellsARefusalFromAnOutage(
      Status.Code code, int httpStatus, String error, int calls) throws Exception {
    server.alwaysAnswer(code);
    try (WebhookReceiver receiver =
        WebhookReceiver.builder(WorkflowClient.newInstance(stubs))
            .routes(LedgerActivitiesCompleter.routes())
            .start()) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(receiver.uri().resolve(clearHandle.encode()))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"result\": {\"orderId\": \"clearing-1\", \"reference\": \"r-1\"}}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertEquals(httpStatus, answer.statusCode(), answer.body());
      assertTrue(answer.body().contains("\"error\":\"" + error + "\""), answer.body());
      assertTrue(answer.body().contains(code.name()), answer.body());
      // The caller reads the status code, never an exception's text or the service's setup.
      assertFalse(answer.body().contains("Exception"), answer.body());
      assertFalse(answer.body().contains("RpcRetryOptions"), answer.body());
      assertEquals(
          httpStatus == 503, answer.headers().firstValue("Retry-After").isPresent(), answer.body());
      assertEquals(Collections.nCopies(calls, "SignalWorkflowExecution"), server.calls());
    }
  }

  static Stream<Arguments> webhookAnswers() {
    return Stream.of(
        Arguments.of(Status.Code.PERMISSION_DENIED, 502, "temporal_refused", 1),
        Arguments.of(Status.Code.INVALID_ARGUMENT, 502, "temporal_refused", 1),
        Arguments.of(Status.Code.UNAVAILABLE, 503, "temporal_unavailable", ATTEMPTS));
  }
}

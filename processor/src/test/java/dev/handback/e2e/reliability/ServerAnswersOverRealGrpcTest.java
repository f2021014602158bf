package dev.handback.e2e.reliability;

import static dev.handback.testserver.LeakWatch.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ApproveHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ClearHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.SettleHandle;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.NoLongerWaitingException;
import dev.handback.runtime.NoPendingActivityException;
import dev.handback.runtime.Reply;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyRefusedException;
import dev.handback.runtime.TemporalUnavailableException;
import dev.handback.runtime.WorkflowNoLongerWaitingException;
import dev.handback.testserver.LeakWatch;
import dev.handback.testserver.ScriptedWorkflowService;
import io.grpc.Status;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reply a completer can make, over real gRPC to a {@link ScriptedWorkflowService} that
 * answers with a chosen status: what cannot succeed is sent exactly once and reported by a specific
 * exception; what may succeed later is retried with backoff up to the client's {@code
 * RpcRetryOptions}, and then reported, or recorded once it gets through.
 */
class ServerAnswersOverRealGrpcTest {
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
  private static LedgerActivitiesCompleter completer;
  private static ApproveHandle approveHandle;
  private static ClearHandle clearHandle;
  private static SettleHandle keyedHandle;

  @BeforeAll
  static void startServer() {
    server = new ScriptedWorkflowService();
    stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(server.target())
                .setRpcRetryOptions(RETRIES)
                .build());
    completer = new LedgerActivitiesCompleter(WorkflowClient.newInstance(stubs));
    byte[] token = new byte[64];
    new SecureRandom().nextBytes(token);
    approveHandle = ApproveHandle.of(new ReplyAddress.TaskToken(token));
    LeakWatch.secret(approveHandle.encode());
    clearHandle = ClearHandle.forWorkflow("clearing-1", "run-1");
    LeakWatch.secret(clearHandle.encode());
    keyedHandle =
        SettleHandle.of(new ReplyAddress.ActivityId("settlement-1", "run-1", "7", "order-7"));
    LeakWatch.secret(keyedHandle.encode());
    server.pendingActivity("Ledger_Settle", "7");
  }

  @AfterAll
  static void stopServer() {
    stubs.shutdownNow();
    server.close();
  }

  /** One kind of reply: the RPC it makes and how to make it. */
  record Reply(String name, String rpc, String target, Consumer<LedgerActivitiesCompleter> send) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final Receipt RECEIPT = new Receipt("clearing-1", "r-1");

  /** What a reply by business key calls first, to find the activity it goes to. */
  private static final String LOOK_UP = "DescribeWorkflowExecution";

  private static List<Reply> replies() {
    return List.of(
        new Reply(
            "complete",
            "RespondActivityTaskCompleted",
            "LedgerActivities.approve (task token",
            c -> c.approve(approveHandle).complete(RECEIPT)),
        new Reply(
            "complete by id",
            "RespondActivityTaskCompletedById",
            "LedgerActivities.approve (workflow 'approval-1'",
            c -> c.approve("approval-1", null, "1").complete(RECEIPT)),
        new Reply(
            "fail",
            "RespondActivityTaskFailed",
            "LedgerActivities.approve (task token",
            c -> c.approve(approveHandle).fail(new IllegalStateException("declined"))),
        new Reply(
            "fail by id",
            "RespondActivityTaskFailedById",
            "LedgerActivities.approve (workflow 'approval-1'",
            c -> c.approve("approval-1", null, "1").fail(new IllegalStateException("declined"))),
        new Reply(
            "heartbeat",
            "RecordActivityTaskHeartbeat",
            "LedgerActivities.approve (task token",
            c -> c.approve(approveHandle).heartbeat("halfway")),
        new Reply(
            "heartbeat by id",
            "RecordActivityTaskHeartbeatById",
            "LedgerActivities.approve (workflow 'approval-1'",
            c -> c.approve("approval-1", null, "1").heartbeat("halfway")),
        new Reply(
            "heartbeat by id with a call key",
            "RecordActivityTaskHeartbeatById",
            "LedgerActivities.settle (workflow 'settlement-1', run 'run-1', activity '7', call key"
                + " 'order-7')",
            c -> c.settle(keyedHandle).heartbeat("halfway")),
        new Reply(
            "complete by business key",
            LOOK_UP,
            "LedgerActivities.settle (the pending activity of workflow 'settlement-1')",
            c -> c.settle(SettleHandle.forWorkflow("settlement-1")).complete(RECEIPT)),
        new Reply(
            "reportCancellation",
            "RespondActivityTaskCanceled",
            "LedgerActivities.approve (task token",
            c -> c.approve(approveHandle).reportCancellation("stopped")),
        new Reply(
            "reportCancellation by id",
            "RespondActivityTaskCanceledById",
            "LedgerActivities.approve (workflow 'approval-1'",
            c -> c.approve("approval-1", null, "1").reportCancellation("stopped")),
        new Reply(
            "complete by signal",
            "SignalWorkflowExecution",
            "LedgerActivities.clear (workflow 'clearing-1', run 'run-1', signal 'cleared')",
            c -> c.clear(clearHandle).complete(RECEIPT)),
        new Reply(
            "fail by signal",
            "SignalWorkflowExecution",
            "LedgerActivities.clear (workflow 'clearing-1', run 'run-1', signal 'cleared')",
            c -> c.clear(clearHandle).fail(new IllegalStateException("declined"))));
  }

  /** What each refusal's message tells the external party about the cause and the fix. */
  private static final Map<Status.Code, List<String>> REFUSALS =
      Map.of(
          Status.Code.INVALID_ARGUMENT, List.of("it is invalid", "Fix what the server names"),
          Status.Code.PERMISSION_DENIED,
              List.of("this client may not reply", "right to reply in its namespace"),
          Status.Code.UNAUTHENTICATED,
              List.of("credentials were not accepted", "with valid credentials"),
          Status.Code.FAILED_PRECONDITION,
              List.of("cannot take it in its current state", "Fix what the server names"),
          Status.Code.UNIMPLEMENTED,
              List.of("does not implement the call", "Check that the client's target"));

  private static Stream<Arguments> every(List<Status.Code> codes) {
    List<Arguments> cases = new ArrayList<>();
    for (Status.Code code : codes) {
      for (Reply reply : replies()) {
        cases.add(Arguments.of(code, reply));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> refusals() {
    return every(REFUSALS.keySet().stream().sorted().toList());
  }

  static Stream<Arguments> transientFailures() {
    return every(
        List.of(
            Status.Code.UNAVAILABLE,
            Status.Code.RESOURCE_EXHAUSTED,
            Status.Code.DEADLINE_EXCEEDED));
  }

  static Stream<Arguments> everyReply() {
    return replies().stream().map(Arguments::of);
  }

  /** Every reply but the lookup of a reply by business key, which sends nothing large. */
  static Stream<Arguments> everyReplyWithAPayload() {
    return replies().stream().filter(reply -> !reply.rpc().equals(LOOK_UP)).map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusals")
  void whatCannotSucceedIsSentOnceAndReportedWithWhatToDo(Status.Code code, Reply reply) {
    server.alwaysAnswer(code);

    ReplyRefusedException refused =
        assertThrows(ReplyRefusedException.class, () -> reply.send().accept(completer));

    assertEquals(List.of(reply.rpc()), server.calls(), "calls made");
    assertEquals(code, refused.status());
    String message = refused.getMessage();
    assertTrue(message.startsWith("Temporal refused the reply to " + reply.target()), message);
    assertTrue(
        message.contains("(" + code + ": " + ScriptedWorkflowService.DESCRIPTION + ")"), message);
    assertTrue(message.contains("Nothing was recorded, and the reply was not retried"), message);
    for (String fragment : REFUSALS.get(code)) {
      assertTrue(
          message.contains(fragment), () -> "'" + fragment + "' is missing from: " + message);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyReply")
  void notFoundIsSentOnceAndReportedAsNoLongerWaiting(Reply reply) {
    server.alwaysAnswer(Status.Code.NOT_FOUND);

    NoLongerWaitingException over =
        assertThrows(NoLongerWaitingException.class, () -> reply.send().accept(completer));

    assertEquals(List.of(reply.rpc()), server.calls(), "calls made");
    Class<?> expected =
        reply.rpc().startsWith("Signal")
            ? WorkflowNoLongerWaitingException.class
            : reply.rpc().equals(LOOK_UP)
                ? NoPendingActivityException.class
                : ActivityNoLongerWaitingException.class;
    assertEquals(expected, over.getClass());
    assertTrue(over.getMessage().contains(reply.target()), over.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyReplyWithAPayload")
  void aReplyLargerThanTheServerAcceptsIsSentOnceAndRefused(Reply reply) {
    server.alwaysAnswer(
        Status.Code.RESOURCE_EXHAUSTED,
        "grpc: received message larger than max (5242880 vs. 4194304)");

    ReplyRefusedException refused =
        assertThrows(ReplyRefusedException.class, () -> reply.send().accept(completer));

    assertEquals(List.of(reply.rpc()), server.calls(), "calls made");
    assertEquals(Status.Code.RESOURCE_EXHAUSTED, refused.status());
    assertTrue(
        refused.getMessage().startsWith("Temporal refused the reply to " + reply.target()),
        refused.getMessage());
    assertTrue(
        refused.getMessage().contains(": it is larger than the server accepts ("),
        refused.getMessage());
    assertTrue(
        refused.getMessage().contains("Send a smaller result or failure"), refused.getMessage());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("transientFailures")
  void whatMaySucceedLaterIsRetriedUpToTheLimitThenReported(Status.Code code, Reply reply) {
    server.alwaysAnswer(code);

    TemporalUnavailableException gaveUp =
        assertThrows(TemporalUnavailableException.class, () -> reply.send().accept(completer));

    assertEquals(Collections.nCopies(ATTEMPTS, reply.rpc()), server.calls(), "calls made");
    assertEquals(code, gaveUp.status());
    String message = gaveUp.getMessage();
    assertTrue(message.startsWith("Temporal "), message);
    assertTrue(
        message.contains("(" + code + ": " + ScriptedWorkflowService.DESCRIPTION + ")"), message);
    assertTrue(message.contains("for the reply to " + reply.target()), message);
    assertTrue(message.contains("the client's retries ran out"), message);
    assertTrue(message.contains("send it again later"), message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyReply")
  void aFailureInsideTheServerMayHaveRecordedTheReplySoItSaysSendAgainLater(Reply reply) {
    server.alwaysAnswer(Status.Code.INTERNAL);

    TemporalUnavailableException gaveUp =
        assertThrows(TemporalUnavailableException.class, () -> reply.send().accept(completer));

    assertEquals(Status.Code.INTERNAL, gaveUp.status());
    String message = gaveUp.getMessage();
    assertTrue(
        message.startsWith(
            "Temporal failed to process the reply (INTERNAL: "
                + ScriptedWorkflowService.DESCRIPTION
                + ")"),
        message);
    assertTrue(
        message.contains("the client gave up (it retries this status only as far as"), message);
    assertTrue(message.contains("send it again later"), message);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("transientFailures")
  void whatMaySucceedLaterIsRetriedUntilItGetsThrough(Status.Code code, Reply reply) {
    server.answer(code, ATTEMPTS - 1);

    reply.send().accept(completer);

    List<String> expected = new ArrayList<>(Collections.nCopies(ATTEMPTS, reply.rpc()));
    if (reply.rpc().equals(LOOK_UP)) {
      // The lookup found activity '7' of the settlement and completed it by its ids.
      expected.add("RespondActivityTaskCompletedById");
    }
    assertEquals(expected, server.calls(), "calls made");
  }
}

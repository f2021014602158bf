package dev.handback.e2e.reliability;

import static dev.handback.e2e.reliability.LedgerFixture.uniqueId;
import static dev.handback.testserver.LeakWatch.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.ReviewActivitiesCompleter.RequestReviewHandle;
import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ApproveHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ClearHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.SettleHandle;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.InvalidHandleException.Reason;
import dev.handback.runtime.NoPendingActivityException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.seal.HandleSealer;
import dev.handback.testserver.LeakWatch;
import dev.handback.testserver.RpcCounter;
import dev.handback.testserver.StandaloneTestServer;
import io.grpc.Status;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile strings made from a real handle of a waiting activity ({@code @AsyncCompletable}: a task
 * token, its ids, its workflow's business key) and of a waiting workflow ({@code @ExternalResult},
 * a signal address), each passed to a completer whose gRPC channel counts calls: every one is
 * refused with a specific reason before any call, and no message repeats the handle. Sealed handles
 * of both kinds are then checked end to end.
 */
class HostileHandlesOverRealGrpcTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();
  @RegisterExtension static final LeakWatch LEAKS = new LeakWatch();

  private static final RpcCounter RPCS = new RpcCounter();
  private static LedgerFixture ledger;
  private static LedgerActivitiesCompleter counted;
  private static String workflowId;
  private static WorkflowStub workflow;
  private static String real;
  private static String clearingId;
  private static WorkflowStub clearing;
  private static String realSignal;

  private static final byte[] KEY = new byte[32];

  static {
    new SecureRandom().nextBytes(KEY);
  }

  private static final HandleSealer SEALER =
      HandleSealer.builder().signingKey("k1", KEY).timeToLive(Duration.ofHours(1)).build();

  @BeforeAll
  static void handOffOneActivity() throws Exception {
    ledger = new LedgerFixture(SERVER.client()).withActivityWorker().withClearingWorkflows();
    counted =
        new LedgerActivitiesCompleter(
            WorkflowClient.newInstance(SERVER.stubs(SERVER.target(), List.of(RPCS), null)));
    workflowId = uniqueId("hostile");
    workflow = ledger.start(LedgerWorkflow.Step.APPROVE, workflowId);
    real = ledger.nextHandOff().handle();
    clearingId = uniqueId("hostile-signal");
    clearing = ledger.startClearing(clearingId, 0, false);
    realSignal = ledger.nextHandOff().handle();
  }

  @AfterAll
  static void stopWorkers() {
    ledger.close();
  }

  private static byte[] token() {
    return ((ReplyAddress.TaskToken) ApproveHandle.parse(real).address()).token();
  }

  /** The address bytes a handle carries: a task token, or a signal address's JSON. */
  private static byte[] addressOf(String handle) {
    byte[] payload = Base64.getUrlDecoder().decode(payloadOf(handle));
    return Arrays.copyOf(payload, payload.length - 4);
  }

  private static String payloadOf(String handle) {
    return handle.substring(handle.lastIndexOf('.') + 1);
  }

  /**
   * Hostile strings made from the intact handle {@code real}, with the reason each is refused;
   * {@code otherMethods} are intact handles of other methods with the same address.
   */
  private static Map<String, Reason> corpus(String real, List<String> otherMethods) {
    String header = real.substring(0, real.lastIndexOf('.') + 1);
    String payload = payloadOf(real);
    Map<String, Reason> corpus = new LinkedHashMap<>();
    corpus.put("", Reason.EMPTY);
    corpus.put("garbage", Reason.NOT_A_HANDLE);
    corpus.put(payload, Reason.NOT_A_HANDLE);
    corpus.put(Base64.getEncoder().encodeToString(addressOf(real)), Reason.NOT_A_HANDLE);
    corpus.put(real.substring(0, real.length() - 1), Reason.DAMAGED);
    corpus.put(real.substring(0, real.length() / 2), Reason.DAMAGED);
    corpus.put("hb2" + real.substring(3), Reason.UNSUPPORTED_VERSION);
    otherMethods.forEach(other -> corpus.put(other, Reason.OTHER_METHOD));
    corpus.put(header + "A".repeat(1 << 20), Reason.TOO_LONG);
    corpus.put(header + payload.replace('-', '+').replace('_', '/') + "+/", Reason.DAMAGED);
    corpus.put(header + payload + "==", Reason.DAMAGED);
    corpus.put(real + "\n", Reason.DAMAGED);
    String method = header.substring(0, header.length() - 2);
    corpus.put(method + "x." + payload, Reason.DAMAGED);
    String kind = header.substring(header.length() - 2, header.length() - 1);
    corpus.put(
        method + Map.of("t", "s", "s", "t", "a", "w", "w", "a").get(kind) + "." + payload,
        Reason.DAMAGED);
    return corpus;
  }

  private static Map<String, Reason> corpus() {
    Map<String, Reason> corpus =
        corpus(
            real,
            List.of(
                SettleHandle.of(new ReplyAddress.TaskToken(token())).encode(),
                RequestReviewHandle.of(new ReplyAddress.TaskToken(token())).encode()));
    // A signal handle, intact by its checksum, for a method that takes no signal.
    corpus.put(
        checksummed(
            real.substring(0, real.lastIndexOf(".t.")) + ".s.",
            "{\"workflowId\":\"" + workflowId + "\",\"runId\":\"\",\"signal\":\"approve\"}"),
        Reason.OTHER_SIGNAL);
    return corpus;
  }

  /**
   * The signal handle's corpus, plus signal addresses that are intact handles by their checksum but
   * do not carry the JSON object a handle carries.
   */
  private static Map<String, Reason> signalCorpus() {
    ReplyAddress.SignalAddress address =
        (ReplyAddress.SignalAddress) ClearHandle.parse(realSignal).address();
    Map<String, Reason> corpus =
        corpus(realSignal, List.of(ApproveHandle.of(address).encode(), real));
    String header = realSignal.substring(0, realSignal.lastIndexOf('.') + 1);
    corpus.put(
        checksummed(
            header,
            "{\"workflowId\":\""
                + clearingId
                + "\",\"runId\":\"\",\"signal\":\"cleared\",\"x\":\"1\"}"),
        Reason.DAMAGED);
    corpus.put(
        checksummed(header, "{\"workflowId\":\"\",\"runId\":\"\",\"signal\":\"cleared\"}"),
        Reason.DAMAGED);
    corpus.put(checksummed(header, "[\"" + clearingId + "\",\"cleared\"]"), Reason.DAMAGED);
    // Intact by their checksum, built from the documented format: a bystander workflow's signal,
    // and this workflow with a signal other than the method's.
    corpus.put(
        checksummed(
            header,
            "{\"workflowId\":\"" + workflowId + "\",\"runId\":\"\",\"signal\":\"approve\"}"),
        Reason.OTHER_SIGNAL);
    corpus.put(
        checksummed(
            header, "{\"workflowId\":\"" + clearingId + "\",\"runId\":\"\",\"signal\":\"other\"}"),
        Reason.OTHER_SIGNAL);
    return corpus;
  }

  /** {@code header} and {@code body} with the checksum the documented format asks for. */
  private static String checksummed(String header, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    CRC32C crc = new CRC32C();
    crc.update(header.getBytes(StandardCharsets.US_ASCII));
    crc.update(bytes);
    ByteBuffer payload =
        ByteBuffer.allocate(bytes.length + 4).put(bytes).putInt((int) crc.getValue());
    return header + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.array());
  }

  private static void assertRefusedBeforeAnyRpc(
      String text, Reason reason, Function<String, ApproveHandle> parse) {
    assertRefusedBeforeAnyRpc(
        text,
        reason,
        real,
        () -> counted.approve(parse.apply(text)).complete(new Receipt(workflowId, "forged")));
  }

  private static void assertSignalRefusedBeforeAnyRpc(
      String text, Reason reason, Function<String, ClearHandle> parse) {
    assertRefusedBeforeAnyRpc(
        text,
        reason,
        realSignal,
        () -> counted.clear(parse.apply(text)).complete(new Receipt(clearingId, "forged")));
  }

  private static void assertRefusedBeforeAnyRpc(
      String text, Reason reason, String real, Executable reply) {
    RPCS.reset();
    InvalidHandleException refused = assertThrows(InvalidHandleException.class, reply);
    assertEquals(reason, refused.reason(), refused.getMessage());
    assertEquals(0, RPCS.started(), "an RPC was made for a refused handle");
    assertNoSecretIn(refused.getMessage(), real);
  }

  static void assertNoSecretIn(String message, String real) {
    byte[] address = addressOf(real);
    for (String secret :
        List.of(
            payloadOf(real),
            HexFormat.of().formatHex(address),
            Base64.getEncoder().encodeToString(address),
            Base64.getUrlEncoder().withoutPadding().encodeToString(address))) {
      for (int i = 0; i + 12 <= secret.length(); i++) {
        String window = secret.substring(i, i + 12);
        assertFalse(message.contains(window), () -> "'" + window + "' leaked into: " + message);
      }
    }
  }

  @Test
  void hostileHandlesAreRefusedBeforeAnyRpc() {
    corpus()
        .forEach((text, reason) -> assertRefusedBeforeAnyRpc(text, reason, ApproveHandle::parse));
  }

  @Test
  void hostileHandlesByIdsOrBusinessKeyAreRefusedAndForgedAddressesRecordNothing()
      throws Exception {
    String id = uniqueId("hostile-by-ids");
    WorkflowStub approval = ledger.start(LedgerWorkflow.Step.APPROVE, id);
    ledger.nextHandOff(); // the approval waits; this test addresses it by ids and business key
    String activityId = pendingActivityId(id);
    ReplyAddress.ActivityId address = new ReplyAddress.ActivityId(id, "", activityId);
    String byIds = ApproveHandle.of(address).encode();
    String byKey = ApproveHandle.forWorkflow(id).encode();
    for (String real : List.of(byIds, byKey)) {
      ReplyAddress intact = ApproveHandle.parse(real).address();
      corpus(
              real,
              List.of(SettleHandle.of(intact).encode(), RequestReviewHandle.of(intact).encode()))
          .forEach(
              (text, reason) ->
                  assertRefusedBeforeAnyRpc(
                      text,
                      reason,
                      real,
                      () ->
                          counted
                              .approve(ApproveHandle.parse(text))
                              .complete(new Receipt(id, "forged"))));
    }

    // Intact handles anyone can build from the documented format reach Temporal and record
    // nothing: an activity that does not exist, a workflow that does not exist, and the business
    // key of the right workflow for another method (the lookup checks the activity type).
    RPCS.reset();
    assertThrows(
        ActivityNoLongerWaitingException.class,
        () ->
            counted
                .approve(ApproveHandle.of(new ReplyAddress.ActivityId(id, "", "no-such-activity")))
                .complete(new Receipt(id, "forged")));
    assertThrows(
        NoPendingActivityException.class,
        () ->
            counted
                .approve(ApproveHandle.forWorkflow("no-such-" + id))
                .complete(new Receipt(id, "forged")));
    assertThrows(
        NoPendingActivityException.class,
        () -> counted.settle(SettleHandle.forWorkflow(id)).complete(new Receipt(id, "forged")));
    assertEquals(
        List.of(
            new RpcCounter.Call("RespondActivityTaskCompletedById", Status.Code.NOT_FOUND),
            // Is this reply the one recorded? No: the history has no such activity.
            new RpcCounter.Call("GetWorkflowExecutionHistory", Status.Code.OK),
            new RpcCounter.Call("DescribeWorkflowExecution", Status.Code.NOT_FOUND),
            new RpcCounter.Call("DescribeWorkflowExecution", Status.Code.OK)),
        RPCS.ended().stream().filter(call -> !call.method().equals("GetSystemInfo")).toList());
    assertEquals(0, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));

    Receipt receipt = new Receipt(id, "by business key, after the forgeries");
    counted.approve(ApproveHandle.parse(byKey)).complete(receipt);
    assertEquals(receipt, approval.getResult(Receipt.class));
    assertEquals(1, ledger.eventsOf(id, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));
  }

  /** The id of the one activity pending in {@code workflowId}, as Temporal describes it. */
  private static String pendingActivityId(String workflowId) {
    WorkflowClient client = ledger.client();
    return client
        .getWorkflowServiceStubs()
        .blockingStub()
        .describeWorkflowExecution(
            DescribeWorkflowExecutionRequest.newBuilder()
                .setNamespace(client.getOptions().getNamespace())
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                .build())
        .getPendingActivities(0)
        .getActivityId();
  }

  @Test
  void whereSealedHandlesAreRequiredEverythingElseIsRefusedBeforeAnyRpc() {
    Function<String, ApproveHandle> open = s -> ApproveHandle.of(SEALER.open(ApproveHandle.KEY, s));
    String sealed = SEALER.seal(ApproveHandle.parse(real));
    String[] parts = sealed.split("\\.", 5);
    HandleSealer expiredClock =
        HandleSealer.builder()
            .signingKey("k1", KEY)
            .timeToLive(Duration.ofHours(1))
            .clock(Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC))
            .build();
    byte[] otherKey = new byte[32];
    new SecureRandom().nextBytes(otherKey);

    assertRefusedBeforeAnyRpc(real, Reason.NOT_SEALED, open);
    assertRefusedBeforeAnyRpc(expiredClock.seal(ApproveHandle.parse(real)), Reason.EXPIRED, open);
    assertRefusedBeforeAnyRpc(
        HandleSealer.builder()
            .signingKey("k1", otherKey)
            .timeToLive(Duration.ofHours(1))
            .build()
            .seal(ApproveHandle.parse(real)),
        Reason.FORGED,
        open);
    assertRefusedBeforeAnyRpc(
        String.join(".", parts[0], "k0", parts[2], parts[3], parts[4]), Reason.UNKNOWN_KEY, open);
    assertRefusedBeforeAnyRpc(
        String.join(
            ".",
            parts[0],
            parts[1],
            String.valueOf(Long.parseLong(parts[2]) + 1),
            parts[3],
            parts[4]),
        Reason.FORGED,
        open);
    corpus()
        .forEach(
            (text, reason) -> {
              if (reason != Reason.EMPTY && reason != Reason.TOO_LONG) {
                reason = Reason.NOT_A_HANDLE;
              }
              if (text.startsWith("hb1.") && reason != Reason.TOO_LONG) {
                reason = Reason.NOT_SEALED;
              }
              assertRefusedBeforeAnyRpc(text, reason, open);
            });

    RPCS.reset();
    Receipt receipt = new Receipt(workflowId, "sealed and delivered");
    counted.approve(open.apply(sealed)).complete(receipt);
    assertEquals(receipt, workflow.getResult(Receipt.class));
    assertTrue(RPCS.started() >= 1);
  }

  @Test
  void hostileSignalHandlesAreRefusedBeforeAnyRpc() {
    signalCorpus()
        .forEach(
            (text, reason) -> assertSignalRefusedBeforeAnyRpc(text, reason, ClearHandle::parse));
  }

  @Test
  void whereSealedSignalHandlesAreRequiredEverythingElseIsRefusedBeforeAnyRpc() throws Exception {
    Function<String, ClearHandle> open = s -> ClearHandle.of(SEALER.open(ClearHandle.KEY, s));
    String sealed = SEALER.seal(ClearHandle.parse(realSignal));
    String[] parts = sealed.split("\\.", 5);
    byte[] otherKey = new byte[32];
    new SecureRandom().nextBytes(otherKey);
    // Anyone who knows the workflow id can build a plain signal handle: only sealing refuses it.
    String forgedPlain = ClearHandle.forWorkflow(clearingId, null).encode();
    LeakWatch.secret(forgedPlain);
    assertEquals(
        clearingId,
        ((ReplyAddress.SignalAddress) ClearHandle.parse(forgedPlain).address()).workflowId(),
        "a plain handle built from the workflow id passes parse");

    assertSignalRefusedBeforeAnyRpc(realSignal, Reason.NOT_SEALED, open);
    assertSignalRefusedBeforeAnyRpc(forgedPlain, Reason.NOT_SEALED, open);
    assertSignalRefusedBeforeAnyRpc(
        HandleSealer.builder()
            .signingKey("k1", KEY)
            .timeToLive(Duration.ofHours(1))
            .clock(Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC))
            .build()
            .seal(ClearHandle.parse(realSignal)),
        Reason.EXPIRED,
        open);
    assertSignalRefusedBeforeAnyRpc(
        HandleSealer.builder()
            .signingKey("k1", otherKey)
            .timeToLive(Duration.ofHours(1))
            .build()
            .seal(ClearHandle.parse(realSignal)),
        Reason.FORGED,
        open);
    assertSignalRefusedBeforeAnyRpc(
        String.join(".", parts[0], parts[1], parts[2], parts[3], forgedPlain), Reason.FORGED, open);
    assertSignalRefusedBeforeAnyRpc(
        SEALER.seal(ApproveHandle.parse(real)), Reason.OTHER_METHOD, open);

    RPCS.reset();
    Receipt receipt = new Receipt(clearingId, "sealed and delivered by signal");
    counted.clear(open.apply(sealed)).complete(receipt);
    assertEquals(
        receipt,
        clearing.getResult(LedgerFixture.PATIENCE.toSeconds(), TimeUnit.SECONDS, Receipt.class));
    assertEquals(1, RPCS.ended("SignalWorkflowExecution", Status.Code.OK));
  }
}

package dev.handback.e2e.reliability;

import static dev.handback.e2e.reliability.LedgerFixture.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static dev.handback.testserver.LeakWatch.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.ReviewActivitiesCompleter.RequestReviewHandle;
import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ApproveHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.SettleHandle;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.InvalidHandleException.Reason;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.seal.HandleSealer;
import dev.handback.testserver.LeakWatch;
import dev.handback.testserver.RpcCounter;
import dev.handback.testserver.StandaloneTestServer;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile strings made from a real handle of a waiting activity, each passed to a completer whose
 * gRPC channel counts calls: every one is refused with a specific reason before any call, and no
 * message repeats the token. Sealed handles are then checked end to end.
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

  private static final byte[] KEY = new byte[32];

  static {
    new SecureRandom().nextBytes(KEY);
  }

  private static final HandleSealer SEALER =
      HandleSealer.builder().signingKey("k1", KEY).timeToLive(Duration.ofHours(1)).build();

  @BeforeAll
  static void handOffOneActivity() throws Exception {
    ledger = new LedgerFixture(SERVER.client()).withActivityWorker();
    counted =
        new LedgerActivitiesCompleter(
            WorkflowClient.newInstance(SERVER.stubs(SERVER.target(), List.of(RPCS), null)));
    workflowId = uniqueId("hostile");
    workflow = ledger.start(false, workflowId);
    real = ledger.nextHandOff().handle();
  }

  @AfterAll
  static void stopWorkers() {
    ledger.close();
  }

  private static byte[] token() {
    return ((ReplyAddress.TaskToken) ApproveHandle.parse(real).address()).token();
  }

  private static String payload() {
    return real.substring(real.lastIndexOf('.') + 1);
  }

  private static Map<String, Reason> corpus() {
    String header = real.substring(0, real.lastIndexOf('.') + 1);
    Map<String, Reason> corpus = new LinkedHashMap<>();
    corpus.put("", Reason.EMPTY);
    corpus.put("garbage", Reason.NOT_A_HANDLE);
    corpus.put(payload(), Reason.NOT_A_HANDLE);
    corpus.put(Base64.getEncoder().encodeToString(token()), Reason.NOT_A_HANDLE);
    corpus.put(real.substring(0, real.length() - 1), Reason.DAMAGED);
    corpus.put(real.substring(0, real.length() / 2), Reason.DAMAGED);
    corpus.put("hb2" + real.substring(3), Reason.UNSUPPORTED_VERSION);
    corpus.put(SettleHandle.of(new ReplyAddress.TaskToken(token())).encode(), Reason.OTHER_METHOD);
    corpus.put(
        RequestReviewHandle.of(new ReplyAddress.TaskToken(token())).encode(), Reason.OTHER_METHOD);
    corpus.put(header + "A".repeat(1 << 20), Reason.TOO_LONG);
    corpus.put(header + payload().replace('-', '+').replace('_', '/') + "+/", Reason.DAMAGED);
    corpus.put(header + payload() + "==", Reason.DAMAGED);
    corpus.put(real + "\n", Reason.DAMAGED);
    corpus.put(real.replace(".t.", ".x."), Reason.DAMAGED);
    return corpus;
  }

  private static void assertRefusedBeforeAnyRpc(
      String text, Reason reason, Function<String, ApproveHandle> parse) {
    RPCS.reset();
    InvalidHandleException refused =
        assertThrows(
            InvalidHandleException.class,
            () -> counted.approve(parse.apply(text)).complete(new Receipt(workflowId, "forged")));
    assertEquals(reason, refused.reason(), refused.getMessage());
    assertEquals(0, RPCS.started(), "an RPC was made for a refused handle");
    assertNoSecretIn(refused.getMessage());
  }

  static void assertNoSecretIn(String message) {
    for (String secret :
        List.of(
            payload(),
            HexFormat.of().formatHex(token()),
            Base64.getEncoder().encodeToString(token()),
            Base64.getUrlEncoder().withoutPadding().encodeToString(token()))) {
      for (int i = 0; i + 12 <= secret.length(); i++) {
        String window = secret.substring(i, i + 12);
        assertFalse(message.contains(window), () -> "'" + window + "' leaked into: " + message);
      }
    }
  }

  @Test
  void hostileHandlesAreRefusedBeforeAnyRpc() {
    corpus().forEach((text, reason) -> assertRefusedBeforeAnyRpc(text, reason, ApproveHandle::parse));
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
        HandleSealer.builder().signingKey("k1", otherKey).timeToLive(Duration.ofHours(1)).build()
            .seal(ApproveHandle.parse(real)),
        Reason.FORGED,
        open);
    assertRefusedBeforeAnyRpc(
        String.join(".", parts[0], "k0", parts[2], parts[3], parts[4]), Reason.UNKNOWN_KEY, open);
    assertRefusedBeforeAnyRpc(
        String.join(".", parts[0], parts[1], String.valueOf(Long.parseLong(parts[2]) + 1), parts[3], parts[4]),
        Reason.FORGED,
        open);
    corpus().forEach(
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
}

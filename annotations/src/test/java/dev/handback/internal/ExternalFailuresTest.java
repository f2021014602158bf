package dev.handback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import io.temporal.api.failure.v1.Failure;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A failure an external party reports is final unless its method asks for retries: what is sent is
 * what Temporal's own data converter makes of the exception, with only {@code nonRetryable} set;
 * and every way a failure leaves Handback (a completer's reply by handle or by ids, the webhook's
 * route) goes through that one conversion.
 */
class ExternalFailuresTest {
  private static final HandleKey KEY = HandleKey.of("ReviewActivities", "requestReview");

  /** Temporal's conversion, as the activity completion client applies it before sending. */
  private static Failure asTemporalSendsIt(Exception exception) {
    return DefaultDataConverter.STANDARD_INSTANCE.exceptionToFailure(exception);
  }

  /** A rejection as an external team writes it: its own exception, with a cause. */
  private static Exception rejection() {
    return new IllegalStateException("figures do not add up", new IOException("page 3 is missing"));
  }

  @Test
  void aPlainExceptionIsSentAsTemporalWouldSendItButNonRetryable() {
    Exception rejection = rejection();

    Failure sent = asTemporalSendsIt(ExternalFailures.FINAL.toSend(rejection));
    Failure temporals = asTemporalSendsIt(rejection);

    assertTrue(sent.getApplicationFailureInfo().getNonRetryable());
    assertFalse(temporals.getApplicationFailureInfo().getNonRetryable());
    assertEquals("java.lang.IllegalStateException", sent.getApplicationFailureInfo().getType());
    assertEquals("figures do not add up", sent.getMessage());
    assertEquals(
        temporals.toBuilder()
            .setApplicationFailureInfo(
                temporals.getApplicationFailureInfo().toBuilder().setNonRetryable(true))
            .build(),
        sent,
        "only nonRetryable differs: type, message, stack trace and cause are Temporal's");
  }

  @Test
  void aRetryableApplicationFailureKeepsItsTypeDetailsAndCause() {
    ApplicationFailure rejection =
        ApplicationFailure.newFailureWithCause(
            "figures do not add up", "Rejected", new IOException("page 3 is missing"), "page 3");

    ApplicationFailure sent =
        assertInstanceOf(ApplicationFailure.class, ExternalFailures.FINAL.toSend(rejection));

    assertTrue(sent.isNonRetryable());
    assertFalse(rejection.isNonRetryable(), "the external party's exception is not changed");
    Failure temporals = asTemporalSendsIt(rejection);
    assertEquals(
        temporals.toBuilder()
            .setApplicationFailureInfo(
                temporals.getApplicationFailureInfo().toBuilder().setNonRetryable(true))
            .build(),
        asTemporalSendsIt(sent));
    assertEquals("page 3", sent.getDetails().get(String.class));
  }

  @Test
  void aNonRetryableApplicationFailureIsSentAsItIs() {
    ApplicationFailure rejection = ApplicationFailure.newNonRetryableFailure("no", "Rejected");

    assertSame(rejection, ExternalFailures.FINAL.toSend(rejection));
  }

  @Test
  void retriedFailuresAreSentAsTheyAre() {
    Exception rejection = rejection();

    assertSame(rejection, ExternalFailures.RETRIED.toSend(rejection));
  }

  @Test
  void everyWayOutOfACompleterSendsTheFailureFinal() {
    Recording temporal = new Recording();
    CompletionChannel channel = CompletionChannel.of(temporal.client());
    ReplyHandle handle = new TestHandle(new ReplyAddress.TaskToken(new byte[] {1, 2, 3}));
    FixedParser route = new FixedParser(handle);

    DeliveringReply.to(channel, handle).fail(rejection());
    DeliveringReply.toActivity(channel, KEY, "review-1", null, "1").fail(rejection());
    MethodRoute.fail(MethodRoute.of(KEY, String.class, route::parse), channel, handle, rejection());

    assertEquals(3, temporal.failures.size());
    for (Exception sent : temporal.failures) {
      ApplicationFailure failure = assertInstanceOf(ApplicationFailure.class, sent);
      assertTrue(failure.isNonRetryable(), failure.toString());
      assertEquals("java.lang.IllegalStateException", failure.getType());
      assertEquals("figures do not add up", failure.getOriginalMessage());
    }
  }

  @Test
  void aMethodThatAsksForRetriesSendsTheFailureAsItIsEveryWayOut() {
    Recording temporal = new Recording();
    CompletionChannel channel = CompletionChannel.of(temporal.client());
    ReplyHandle handle = new TestHandle(new ReplyAddress.TaskToken(new byte[] {1, 2, 3}));
    FixedParser route = new FixedParser(handle);
    Exception rejection = rejection();

    DeliveringReply.to(channel, handle, ExternalFailures.RETRIED).fail(rejection);
    DeliveringReply.toActivity(channel, KEY, "review-1", null, "1", ExternalFailures.RETRIED)
        .fail(rejection);
    MethodRoute.fail(
        MethodRoute.of(KEY, String.class, route::parse, ExternalFailures.RETRIED),
        channel,
        handle,
        rejection);

    assertEquals(List.of(rejection, rejection, rejection), temporal.failures);
  }

  /** A handle of {@link #KEY}, as a generated handle class would be. */
  private static final class TestHandle extends ReplyHandle {
    TestHandle(ReplyAddress address) {
      super(KEY, address);
    }
  }

  /** Parses nothing: the tests hand the route its handle directly. */
  private record FixedParser(ReplyHandle handle) {
    ReplyHandle parse(String encoded) {
      return handle;
    }
  }

  /** An activity completion client that records the failures it is asked to send. */
  private static final class Recording {
    final List<Exception> failures = new ArrayList<>();

    ActivityCompletionClient client() {
      return (ActivityCompletionClient)
          Proxy.newProxyInstance(
              ActivityCompletionClient.class.getClassLoader(),
              new Class<?>[] {ActivityCompletionClient.class},
              (proxy, method, args) -> {
                if (!method.getName().equals("completeExceptionally")) {
                  throw new UnsupportedOperationException(method.getName());
                }
                failures.add((Exception) args[args.length - 1]);
                return null;
              });
    }
  }
}

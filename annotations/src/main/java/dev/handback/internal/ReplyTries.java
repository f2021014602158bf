package dev.handback.internal;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The tries of one reply, as the client's retries send it: whether one of them may have reached
 * Temporal and been recorded although no answer came back. A try that ends with {@code UNAVAILABLE}
 * (also a connection reset after the request was sent), {@code DEADLINE_EXCEEDED} (the server may
 * commit after the client's deadline), {@code CANCELLED}, {@code UNKNOWN}, {@code INTERNAL} or
 * {@code DATA_LOSS} leaves the outcome unknown; one that Temporal refused ({@code
 * INVALID_ARGUMENT}, {@code RESOURCE_EXHAUSTED}, …) recorded nothing.
 */
final class ReplyTries {
  private static final Set<Status.Code> OUTCOME_UNKNOWN =
      EnumSet.of(
          Status.Code.UNAVAILABLE,
          Status.Code.DEADLINE_EXCEEDED,
          Status.Code.CANCELLED,
          Status.Code.UNKNOWN,
          Status.Code.INTERNAL,
          Status.Code.DATA_LOSS);

  private volatile boolean answerMayBeLost;

  /** {@code rpc}, noting each try that ends with a status that leaves the outcome unknown. */
  <T> Supplier<T> watching(Supplier<T> rpc) {
    return () -> {
      try {
        return rpc.get();
      } catch (StatusRuntimeException e) {
        if (OUTCOME_UNKNOWN.contains(e.getStatus().getCode())) {
          answerMayBeLost = true;
        }
        throw e;
      }
    };
  }

  /** Whether a try ended in a way that leaves open whether Temporal recorded it. */
  boolean answerMayBeLost() {
    return answerMayBeLost;
  }
}

package dev.handback.runtime;

import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.Optional;

/**
 * Workflow code's side of one {@code @ExternalResult} method: where the result delivered by signal
 * waits until the workflow asks for it. A generated {@code FooInbox} holds one slot per method, for
 * example {@code inbox.submitForReview().await()}.
 *
 * <p>The first outcome delivered wins; later ones are ignored and logged through the workflow's
 * replay-safe logger. An outcome that arrives before the workflow calls {@link #await()} is kept. A
 * slot takes one outcome per workflow run.
 *
 * <p>{@link #await()} ends the wait with an {@link ApplicationFailure}, so that, left uncaught, it
 * fails the workflow rather than only its workflow task: of type {@link #TIMEOUT_TYPE} when no
 * outcome arrived in time, and of the delivered type (such as an exception's class name) with the
 * delivered message when the external party reported a failure. Both are non-retryable.
 *
 * <p>Handback implements this interface; implement it yourself only for test doubles.
 *
 * @param <R> the activity method's result type ({@code Void} for a method that returns nothing)
 */
public interface ExternalResultSlot<R> {
  /** The {@code ApplicationFailure} type thrown when no outcome arrived in time. */
  String TIMEOUT_TYPE = "dev.handback.ExternalResultTimeout";

  /**
   * The delivered result, waiting for it up to the timeout the method's {@code @ExternalResult}
   * declares, counted from this call.
   *
   * @throws ApplicationFailure of type {@link #TIMEOUT_TYPE} if nothing arrived in time, or of the
   *     delivered type if the external party reported a failure
   */
  R await();

  /** {@link #await()} with another timeout than the declared one. */
  R await(Duration timeout);

  /** Whether an outcome has arrived. */
  boolean isDelivered();

  /** The outcome that arrived, if any, without waiting. */
  Optional<ExternalOutcome<R>> outcome();

  /** The declared timeout of {@link #await()}. */
  Duration timeout();
}

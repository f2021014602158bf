package dev.handback.runtime;

import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Workflow code's side of one {@code @ExternalResult} method: where the result delivered by signal
 * waits until the workflow asks for it. A generated {@code FooInbox} holds one slot per method.
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
 * @param <R> the activity method's result type ({@code Void} for a method that returns nothing)
 */
public final class ExternalResultSlot<R> {
  /** The {@code ApplicationFailure} type thrown when no outcome arrived in time. */
  public static final String TIMEOUT_TYPE = "dev.handback.ExternalResultTimeout";

  private final HandleKey key;
  private final String signalName;
  private final Duration timeout;
  private ExternalOutcome<R> outcome;

  /**
   * A slot for the method {@code key}, filled by the signal {@code signalName}, whose {@link
   * #await()} waits up to {@code timeout}. Called by generated inboxes.
   */
  public ExternalResultSlot(HandleKey key, String signalName, Duration timeout) {
    this.key = Objects.requireNonNull(key, "key");
    this.signalName = Objects.requireNonNull(signalName, "signalName");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Takes a delivered outcome; called by the generated signal handler. Only the first counts.
   *
   * @return whether this outcome was the first
   */
  public boolean deliver(ExternalOutcome<R> delivered) {
    ExternalOutcome<R> arrived = delivered == null ? ExternalOutcome.success(null) : delivered;
    if (outcome != null) {
      Workflow.getLogger(ExternalResultSlot.class)
          .warn(
              "Ignored another outcome for {} (signal '{}'): the first one delivered wins."
                  + " Kept: {}; ignored: {}",
              key,
              signalName,
              describe(outcome),
              describe(arrived));
      return false;
    }
    outcome = arrived;
    return true;
  }

  /**
   * The delivered result, waiting for it up to the timeout the method's {@code @ExternalResult}
   * declares, counted from this call.
   *
   * @throws ApplicationFailure of type {@link #TIMEOUT_TYPE} if nothing arrived in time, or of the
   *     delivered type if the external party reported a failure
   */
  public R await() {
    return await(timeout);
  }

  /** {@link #await()} with another timeout than the declared one. */
  public R await(Duration timeout) {
    if (!Workflow.await(timeout, () -> outcome != null)) {
      throw ApplicationFailure.newNonRetryableFailure(
          "No result for "
              + key
              + " arrived by signal '"
              + signalName
              + "' within "
              + timeout
              + " (the timeout of its @ExternalResult)",
          TIMEOUT_TYPE);
    }
    if (outcome.failed()) {
      throw ApplicationFailure.newNonRetryableFailure(
          outcome.failure().message(), outcome.failure().type());
    }
    return outcome.result();
  }

  /** Whether an outcome has arrived. */
  public boolean isDelivered() {
    return outcome != null;
  }

  /** The outcome that arrived, if any, without waiting. */
  public Optional<ExternalOutcome<R>> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** The declared timeout of {@link #await()}. */
  public Duration timeout() {
    return timeout;
  }

  private static String describe(ExternalOutcome<?> outcome) {
    return outcome.failed() ? "failure of type " + outcome.failure().type() : "a result";
  }

  @Override
  public String toString() {
    return "ExternalResultSlot["
        + key
        + ", signal '"
        + signalName
        + "', "
        + (isDelivered() ? "delivered" : "waiting")
        + "]";
  }
}

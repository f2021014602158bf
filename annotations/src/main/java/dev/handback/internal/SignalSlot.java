package dev.handback.internal;

import dev.handback.runtime.ExternalOutcome;
import dev.handback.runtime.ExternalResultSlot;
import dev.handback.runtime.HandleKey;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link ExternalResultSlot} of generated inboxes: filled by the generated signal handler
 * through {@link #deliver}, read by workflow code through {@link #await()}.
 *
 * @param <R> the activity method's result type ({@code Void} for a method that returns nothing)
 */
public final class SignalSlot<R> implements ExternalResultSlot<R> {
  private final HandleKey key;
  private final String signalName;
  private final Duration timeout;
  private ExternalOutcome<R> outcome;

  /**
   * A slot for the method {@code key}, filled by the signal {@code signalName}, whose {@link
   * #await()} waits up to {@code timeout}. Called by generated inboxes.
   */
  public SignalSlot(HandleKey key, String signalName, Duration timeout) {
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

  @Override
  public R await() {
    return await(timeout);
  }

  @Override
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

  @Override
  public boolean isDelivered() {
    return outcome != null;
  }

  @Override
  public Optional<ExternalOutcome<R>> outcome() {
    return Optional.ofNullable(outcome);
  }

  @Override
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

package dev.handback.runtime;

/**
 * Thrown by {@code heartbeat} when the workflow has asked to cancel the activity. Stop the external
 * work and confirm with {@code reportCancellation}; the workflow waits for that confirmation when
 * the activity's cancellation type is {@code WAIT_CANCELLATION_COMPLETED} (the default for
 * {@code @AsyncCompletable}).
 */
public final class ActivityCancellationRequestedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The activity {@code target} (its method and address) was asked to cancel. */
  public ActivityCancellationRequestedException(String target, Throwable cause) {
    super(
        "The workflow asked to cancel the activity "
            + target
            + ": stop the work and call reportCancellation on this reply",
        cause);
  }
}

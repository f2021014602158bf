package dev.handback.runtime;

/**
 * Thrown by a {@code @Polled} activity while the external system has no result yet. Temporal
 * retries the activity on the fixed interval the annotation declares, until it returns or the
 * {@code giveUpAfter} time is spent. It is an ordinary retryable failure: a real error is made
 * final with {@code @Polled(doNotRetry = ...)} or {@code
 * ApplicationFailure.newNonRetryableFailure}.
 */
public class NotReadyYetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not ready yet, and why, for the activity's failure history. */
  public NotReadyYetException(String message) {
    super(message);
  }
}

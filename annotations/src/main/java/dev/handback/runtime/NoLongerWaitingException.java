package dev.handback.runtime;

/**
 * A reply reached Temporal, but nobody waits for it (any more), so nothing was recorded. Catch this
 * type to handle both paths alike: {@link ActivityNoLongerWaitingException} for a handle that
 * addresses an activity ({@code @AsyncCompletable}), {@link WorkflowNoLongerWaitingException} for
 * one that signals a workflow ({@code @ExternalResult}), and {@link NoPendingActivityException} for
 * a reply by business key that found no pending activity of its method.
 *
 * <p>A completer made from a {@code WorkflowClient} throws it only once Temporal's history shows
 * that the outcome recorded is not this reply's: a reply whose answer was lost after Temporal
 * recorded it returns as delivered, and one Handback cannot check throws {@link
 * ReplyOutcomeUnknownException} instead, if a try of it may have reached Temporal.
 */
public abstract sealed class NoLongerWaitingException extends RuntimeException
    permits ActivityNoLongerWaitingException,
        WorkflowNoLongerWaitingException,
        NoPendingActivityException {
  private static final long serialVersionUID = 1L;

  NoLongerWaitingException(String message, Throwable cause) {
    super(message, cause);
  }
}

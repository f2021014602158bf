package dev.handback.runtime;

/**
 * A reply reached Temporal, but nobody waits for it (any more), so nothing was recorded. Catch this
 * type to handle both paths alike: {@link ActivityNoLongerWaitingException} for a handle that
 * addresses an activity ({@code @AsyncCompletable}), {@link WorkflowNoLongerWaitingException} for
 * one that signals a workflow ({@code @ExternalResult}), and {@link NoPendingActivityException} for
 * a reply by business key that found no pending activity of its method.
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

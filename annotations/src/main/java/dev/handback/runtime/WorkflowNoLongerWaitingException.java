package dev.handback.runtime;

/**
 * A result sent by signal found no workflow to take it: the workflow run the handle addresses does
 * not exist (in this client's namespace) or has already closed — it completed, failed, timed out
 * (for example after the inbox gave up waiting), was cancelled, terminated or continued as new.
 * Nothing was recorded.
 */
public final class WorkflowNoLongerWaitingException extends NoLongerWaitingException {
  private static final long serialVersionUID = 1L;

  /** Nobody waits at {@code target} (the method and the workflow it signals) any more. */
  public WorkflowNoLongerWaitingException(String target, Throwable cause) {
    super(
        "The workflow "
            + target
            + " is no longer waiting for a result: it does not exist in this namespace or has"
            + " already closed (completed, failed, timed out, was cancelled, terminated or"
            + " continued as new). Nothing was recorded.",
        cause);
  }
}

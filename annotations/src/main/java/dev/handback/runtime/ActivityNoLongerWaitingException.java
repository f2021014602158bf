package dev.handback.runtime;

/**
 * A reply reached Temporal, but the activity it addresses is no longer waiting for one: it already
 * completed, failed, timed out or was cancelled, its workflow ended, or — for a handle — the
 * attempt that made the handle was retried and the new attempt has a handle of its own. Nothing was
 * recorded.
 */
public final class ActivityNoLongerWaitingException extends NoLongerWaitingException {
  private static final long serialVersionUID = 1L;

  /** The activity {@code target} (its method and address) no longer waits for a reply. */
  public ActivityNoLongerWaitingException(String target, Throwable cause) {
    super(
        "The activity "
            + target
            + " is no longer waiting for a reply: it already completed, failed, timed out or was"
            + " cancelled, its workflow ended, or the attempt this handle belongs to was retried."
            + " Nothing was recorded. If it was retried, reply with the newest attempt's handle,"
            + " or address it by workflow id and activity id.",
        cause);
  }
}

package dev.handback.runtime;

/**
 * A reply reached Temporal, but the activity it addresses is no longer waiting for one: it already
 * completed, failed, timed out or was cancelled, or its workflow run ended; for a handle of one
 * attempt (a task token), also when that attempt was retried and the new attempt has a handle of
 * its own. Nothing was recorded.
 */
public final class ActivityNoLongerWaitingException extends NoLongerWaitingException {
  private static final long serialVersionUID = 1L;

  /**
   * The attempt {@code target} (its method and task token) no longer waits for a reply.
   *
   * @param target the method and the address, for the message
   * @param cause what Temporal answered
   */
  public ActivityNoLongerWaitingException(String target, Throwable cause) {
    this(
        cause,
        "The activity "
            + target
            + " is no longer waiting for a reply: it already completed, failed, timed out or was"
            + " cancelled, its workflow ended, or the attempt this handle belongs to was retried."
            + " Nothing was recorded. If it was retried, reply with the newest attempt's handle,"
            + " or address it by workflow id and activity id.");
  }

  private ActivityNoLongerWaitingException(Throwable cause, String message) {
    super(message, cause);
  }

  /**
   * The activity {@code target}, addressed by its ids whatever its attempt, no longer waits for a
   * reply.
   *
   * @param target the method and the address, for the message
   * @param cause what Temporal answered
   */
  public static ActivityNoLongerWaitingException byIds(String target, Throwable cause) {
    return new ActivityNoLongerWaitingException(
        cause,
        "The activity "
            + target
            + " is no longer waiting for a reply: it already completed, failed, timed out or was"
            + " cancelled, or its workflow run ended (a heartbeat also meets this between two"
            + " attempts, while the activity waits to be retried). Nothing was recorded.");
  }
}

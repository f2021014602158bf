package dev.handback.runtime;

/**
 * A reply may have been recorded, and Handback could not find out whether it was: a try of it
 * reached Temporal without an answer (the connection broke, or the server answered after the
 * client's deadline), the next try found nobody waiting, and Temporal's history could not tell
 * whether the reply recorded was this one — the client may not read the workflow's history, or the
 * handle is a task token whose workflow Handback cannot read from it.
 *
 * <p>It is never "nothing was recorded": treat the reply as possibly delivered. Look at the
 * workflow (its history, or its result) before sending anything else in its place; sending the same
 * reply again records nothing twice.
 */
public final class ReplyOutcomeUnknownException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The reply to {@code target} may have been recorded.
   *
   * @param target the method and the address, for the message
   * @param why why Temporal's history could not tell, for the message
   * @param cause what Temporal answered the last try
   */
  public ReplyOutcomeUnknownException(String target, String why, Throwable cause) {
    super(
        "The reply to "
            + target
            + " may have been recorded: an earlier try reached Temporal but its answer was lost,"
            + " and the next try found nobody waiting any more. Handback could not tell from"
            + " Temporal whether the outcome recorded is this reply's ("
            + why
            + "). Treat it as possibly delivered: check the workflow's history before sending"
            + " anything else in its place.",
        cause);
  }
}

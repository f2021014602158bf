package dev.handback.cli;

/**
 * What the command line's exit status means. Each failure an operator can meet has its own code, so
 * that a script can tell a handle that is no longer waited for from a result that was refused.
 */
public final class ExitCode {
  /** Done: listed, inspected (and it still waits), or delivered. */
  public static final int OK = 0;

  /** An unexpected error; the message says what happened. */
  public static final int ERROR = 1;

  /** The command line itself is wrong: an unknown option, a missing argument. */
  public static final int USAGE = 2;

  /** The handle is not an intact Handback handle (damaged, truncated, of an unknown method). */
  public static final int INVALID_HANDLE = 3;

  /** The result (or failure) is not JSON or does not match the method's JSON Schema: not sent. */
  public static final int INVALID_RESULT = 4;

  /** Nothing waits at that address any more: the activity or workflow ended, or moved on. */
  public static final int NO_LONGER_WAITING = 5;

  /** Temporal could not be reached, or refused the call (permissions, namespace, limits). */
  public static final int TEMPORAL_ERROR = 6;

  /** Several activities of the method wait in the workflow: reply by handle, or with a call key. */
  public static final int SEVERAL_WAITING = 7;

  /** A heartbeat was delivered, and the workflow asks the activity to cancel. */
  public static final int CANCELLATION_REQUESTED = 8;

  private ExitCode() {}
}

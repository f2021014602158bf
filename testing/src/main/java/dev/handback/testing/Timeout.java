package dev.handback.testing;

/**
 * A timeout Handback declared for a method, which {@link Awaiting#advanceToJustBefore} and {@link
 * Awaiting#advanceJustPast} move the test server's clock to. Each path has its own: an
 * {@code @AsyncCompletable} method {@link #START_TO_CLOSE}, {@link #HEARTBEAT} and {@link
 * #SCHEDULE_TO_CLOSE}; an {@code @ExternalResult} method {@link #INBOX}; a {@code @Polled} method
 * {@link #GIVE_UP}.
 */
public enum Timeout {
  /** The attempt's start-to-close timeout, counted from the attempt's start. */
  START_TO_CLOSE("start-to-close"),
  /** The heartbeat timeout, counted from the last heartbeat (or the attempt's start). */
  HEARTBEAT("heartbeat"),
  /** The schedule-to-close timeout, counted from the first scheduling. */
  SCHEDULE_TO_CLOSE("schedule-to-close"),
  /**
   * The {@code @ExternalResult(timeout)} of the workflow's inbox, counted from the moment the
   * workflow started waiting in {@code await()}.
   */
  INBOX("inbox"),
  /**
   * The {@code @Polled(giveUpAfter)} time, counted from the first poll's scheduling. Temporal stops
   * at the last poll whose next one would come after that time, which can be up to one poll
   * interval earlier: so "just before" is one interval and one second before it.
   */
  GIVE_UP("give-up");

  private final String words;

  Timeout(String words) {
    this.words = words;
  }

  /** The timeout in words, such as {@code start-to-close}. */
  @Override
  public String toString() {
    return words;
  }
}

package dev.handback.testing.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where tests leave the answer to the next poll of a {@code @Polled} method, and where the kit's
 * stand-in implementation takes it: one per workflow run and activity type, in this JVM.
 */
public final class PollDesk {
  private static final PollDesk INSTANCE = new PollDesk();

  private final Map<Key, Answer> answers = new HashMap<>();
  private final Map<Key, Integer> polls = new HashMap<>();

  private PollDesk() {}

  /** The desk of this JVM. */
  public static PollDesk get() {
    return INSTANCE;
  }

  /** The polls of one activity type in one workflow run. */
  record Key(String runId, String activityType) {}

  /**
   * The answer the next poll gets: a result, or the failure that ends the polling. {@code onTaken}
   * runs on the activity's thread when a poll takes it, before the activity returns.
   */
  public static final class Answer {
    private final Object result;
    private final Exception failure;
    private final Runnable onTaken;
    private boolean taken;

    /** A result, or a failure when {@code failure} is not null. */
    public Answer(Object result, Exception failure, Runnable onTaken) {
      this.result = result;
      this.failure = failure;
      this.onTaken = onTaken;
    }

    Object result() {
      return result;
    }

    Optional<Exception> failure() {
      return Optional.ofNullable(failure);
    }

    /** Whether a poll took this answer. */
    public synchronized boolean isTaken() {
      return taken;
    }

    /** Waits up to {@code millis} for a poll to take this answer; whether one did. */
    public synchronized boolean awaitTaken(long millis) throws InterruptedException {
      long deadline = System.currentTimeMillis() + millis;
      while (!taken) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          return false;
        }
        wait(left);
      }
      return true;
    }

    /**
     * Runs {@code onTaken}, then marks the answer taken: whoever waits for the answer to be taken
     * goes on only after {@code onTaken} ran.
     */
    private void take() {
      onTaken.run();
      synchronized (this) {
        taken = true;
        notifyAll();
      }
    }
  }

  /** Leaves {@code answer} for the next poll of {@code activityType} in run {@code runId}. */
  public synchronized void leave(String runId, String activityType, Answer answer) {
    answers.put(new Key(runId, activityType), answer);
  }

  /** Takes back {@code answer} if no poll took it yet; whether it was still there. */
  public synchronized boolean withdraw(String runId, String activityType, Answer answer) {
    return answers.remove(new Key(runId, activityType), answer);
  }

  /** How many polls of {@code activityType} in run {@code runId} the stand-in answered. */
  public synchronized int polls(String runId, String activityType) {
    return polls.getOrDefault(new Key(runId, activityType), 0);
  }

  /** Called by a stand-in poll: the answer left for it, if any, now taken. */
  Optional<Answer> poll(String runId, String activityType) {
    Answer answer;
    synchronized (this) {
      Key key = new Key(runId, activityType);
      polls.merge(key, 1, Integer::sum);
      answer = answers.remove(key);
    }
    if (answer != null) {
      answer.take();
    }
    return Optional.ofNullable(answer);
  }
}

package dev.handback.testing.internal;

import dev.handback.internal.HandoffObserver;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import dev.handback.testing.HandOff;
import io.temporal.activity.ActivityInfo;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every hand-off made in this JVM, in order: the runtime tells {@link Observer} (found with {@code
 * ServiceLoader} when handback-testing is on the class path) on the activity's thread, before the
 * implementation goes on. Keeps the most recent {@value #CAPACITY}.
 */
public final class HandOffLog {
  static final int CAPACITY = 100_000;

  private static final HandOffLog INSTANCE = new HandOffLog();

  private final Deque<Entry> entries = new ArrayDeque<>();
  private long nextSequence;

  private HandOffLog() {}

  /** The log of this JVM. */
  public static HandOffLog get() {
    return INSTANCE;
  }

  /**
   * A hand-off with its place in the log.
   *
   * @param sequence its position: later hand-offs have higher numbers
   * @param handOff the hand-off
   * @param thread the thread that ran the activity as it handed off
   */
  public record Entry(long sequence, HandOff handOff, WeakReference<Thread> thread) {

    /**
     * Whether the implementation that handed off has returned: its thread no longer runs the
     * activity (it is back in the worker's pool, or gone). The hand-off happens inside the
     * implementation, which may still be sending the handle to the external party.
     */
    public boolean implementationReturned() {
      Thread running = thread.get();
      if (running == null || running == Thread.currentThread()) {
        return true;
      }
      for (StackTraceElement frame : running.getStackTrace()) {
        if (frame.getClassName().startsWith(ACTIVITY_EXECUTION)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The package of Temporal's classes that run an activity implementation. */
  private static final String ACTIVITY_EXECUTION = "io.temporal.internal.activity.";

  /** Receives hand-offs from the runtime. */
  public static final class Observer implements HandoffObserver {
    /** Called by {@code ServiceLoader}. */
    public Observer() {}

    @Override
    public void handedOff(HandleKey key, ReplyAddress address, ActivityInfo activity) {
      INSTANCE.add(
          new HandOff(
              key,
              activity.getActivityType(),
              address,
              activity.getWorkflowId(),
              activity.getWorkflowRunId(),
              activity.getActivityId(),
              activity.getAttempt()));
    }
  }

  synchronized void add(HandOff handOff) {
    entries.addLast(
        new Entry(nextSequence++, handOff, new WeakReference<>(Thread.currentThread())));
    if (entries.size() > CAPACITY) {
      entries.removeFirst();
    }
  }

  /** The sequence number the next hand-off will get. */
  public synchronized long nextSequence() {
    return nextSequence;
  }

  /** The hand-offs that {@code filter} accepts, oldest first. */
  public synchronized List<Entry> find(Predicate<HandOff> filter) {
    List<Entry> found = new ArrayList<>();
    for (Entry entry : entries) {
      if (filter.test(entry.handOff())) {
        found.add(entry);
      }
    }
    return found;
  }

  /** The hand-offs {@code filter} accepts, oldest first. */
  public static List<HandOff> all(Predicate<HandOff> filter) {
    return INSTANCE.find(filter).stream().map(Entry::handOff).toList();
  }

  /** The most recent hand-off {@code filter} accepts. */
  public static Optional<Entry> latest(Predicate<HandOff> filter) {
    List<Entry> found = INSTANCE.find(filter);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }

  /** The hand-offs from {@code sequence} on, oldest first. */
  public List<HandOff> since(long sequence) {
    return find(handOff -> true).stream()
        .filter(entry -> entry.sequence() >= sequence)
        .map(Entry::handOff)
        .toList();
  }
}

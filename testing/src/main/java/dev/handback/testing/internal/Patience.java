package dev.handback.testing.internal;

import java.time.Duration;

/** A wait of at most a given real time, checked in short pauses. */
final class Patience {
  private static final long PAUSE_MILLIS = 10;

  private final Duration length;
  private final long deadline;

  Patience(Duration length) {
    this.length = length;
    this.deadline = System.nanoTime() + length.toNanos();
  }

  /** How long this wait may last. */
  Duration length() {
    return length;
  }

  /** Whether the time is up. */
  boolean isExhausted() {
    return System.nanoTime() > deadline;
  }

  /** Waits a moment before the next look. */
  void pause() {
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }
}

package dev.handback.e2e;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The simulated external system's inbox: activities put their hand-offs in, tests take them out.
 */
final class Outbox {
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final BlockingQueue<HandOff> handOffs = new LinkedBlockingQueue<>();

  /** Called by an activity as it hands its request over. */
  void add(HandOff handOff) {
    handOffs.add(handOff);
  }

  /** The next hand-off, waiting up to 30 seconds for it. */
  HandOff next() throws InterruptedException {
    return next(PATIENCE);
  }

  /** The next hand-off, waiting up to {@code within} for it. */
  HandOff next(Duration within) throws InterruptedException {
    HandOff handOff = handOffs.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    if (handOff == null) {
      throw new AssertionError("No activity handed a request over within " + within);
    }
    return handOff;
  }

  /** Whether no hand-off is waiting. */
  boolean isEmpty() {
    return handOffs.isEmpty();
  }
}

package dev.handback.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Reads Handback's metrics from a Micrometer registry, as a dashboard would. */
final class Metrics {
  private Metrics() {}

  /**
   * The count of the counter {@code name} with exactly these tags besides any others; 0 if none.
   */
  static double counted(MeterRegistry registry, String name, Map<String, String> tags) {
    Counter counter = registry.find(name).tags(tags(tags)).counter();
    return counter == null ? 0 : counter.count();
  }

  /** How many times the timer {@code name} with these tags recorded; 0 if none. */
  static long timed(MeterRegistry registry, String name, Map<String, String> tags) {
    Timer timer = registry.find(name).tags(tags(tags)).timer();
    return timer == null ? 0 : timer.count();
  }

  /**
   * Waits until {@code condition} holds: Tally reports counters to Micrometer on an interval, not
   * at once. Fails after 30 seconds.
   */
  static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The metrics did not arrive in the registry within 30 seconds");
      }
      Thread.sleep(50);
    }
  }

  private static List<Tag> tags(Map<String, String> tags) {
    List<Tag> list = new ArrayList<>();
    tags.forEach((key, value) -> list.add(Tag.of(key, value)));
    return list;
  }
}

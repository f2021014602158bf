package dev.handback.e2e;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands every activity off to {@link #next()}, the external party's inbox: with the encoded handle,
 * the attempt, and the progress a retried attempt found in its heartbeat details.
 */
final class OrderActivitiesImpl implements OrderActivities {
  /** What the external party receives. */
  record HandOff(String handle, String activityType, int attempt, Optional<String> progress) {}

  private final BlockingQueue<HandOff> outbox = new LinkedBlockingQueue<>();

  @Override
  public Receipt charge(Line line) {
    String handle =
        line.id() == null
            ? OrderActivitiesAsync.charge().encode()
            : OrderActivitiesAsync.charge(line.id()).encode();
    handOff(handle);
    return null;
  }

  @Override
  public Receipt authorize(Line line) {
    handOff(OrderActivitiesAsync.authorize(line.id()).encode());
    return null;
  }

  @Override
  public Receipt ship(String orderId) {
    handOff(OrderActivitiesAsync.ship().encode());
    return null;
  }

  private void handOff(String handle) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    outbox.add(
        new HandOff(
            handle,
            info.getActivityType(),
            info.getAttempt(),
            Activity.getExecutionContext().getHeartbeatDetails(String.class)));
  }

  /** The next hand-off, waiting up to 30 seconds for it. */
  HandOff next() throws InterruptedException {
    HandOff handOff = outbox.poll(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
    if (handOff == null) {
      throw new AssertionError("No activity handed a request over within 30 s");
    }
    return handOff;
  }

  /** Whether no hand-off is waiting. */
  boolean isEmpty() {
    return outbox.isEmpty();
  }
}

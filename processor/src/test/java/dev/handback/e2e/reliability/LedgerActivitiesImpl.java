package dev.handback.e2e.reliability;

import io.temporal.activity.Activity;
import java.util.function.Consumer;

/**
 * Hands every activity off to {@code outbox}, which stands in for the external party's inbox: the
 * activity's workflow id, attempt and encoded handle.
 */
final class LedgerActivitiesImpl implements LedgerActivities {
  /**
   * What an activity hands to the external party, and the progress details it started with (empty
   * on a first attempt, or when nobody heartbeat with details).
   */
  record HandOff(String workflowId, int attempt, String handle, String progress) {}

  private final Consumer<HandOff> outbox;

  LedgerActivitiesImpl(Consumer<HandOff> outbox) {
    this.outbox = outbox;
  }

  @Override
  public Receipt settle(Order order) {
    outbox.accept(handOff(LedgerActivitiesAsync.settle(order.id()).encode()));
    return null;
  }

  @Override
  public Receipt settleByToken(Order order) {
    outbox.accept(handOff(LedgerActivitiesAsync.settleByToken().encode()));
    return null;
  }

  @Override
  public Receipt approve(Order order) {
    outbox.accept(handOff(LedgerActivitiesAsync.approve().encode()));
    return null;
  }

  @Override
  public Receipt clear(Order order) {
    outbox.accept(handOff(LedgerActivitiesAsync.clear().encode()));
    return null;
  }

  private static HandOff handOff(String handle) {
    var context = Activity.getExecutionContext();
    return new HandOff(
        context.getInfo().getWorkflowId(),
        context.getInfo().getAttempt(),
        handle,
        context.getHeartbeatDetails(String.class).orElse(""));
  }
}

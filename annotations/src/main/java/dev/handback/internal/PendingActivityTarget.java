package dev.handback.internal;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import java.util.Objects;

/**
 * The activity of a method pending in a workflow known by its business key: each reply first asks
 * Temporal which one that is ({@link CompletionChannel#lookUp}), then goes to it by ids.
 */
final class PendingActivityTarget implements Destination {
  private final HandleKey key;
  private final ReplyAddress.BusinessKey address;
  private final String activityType;

  PendingActivityTarget(HandleKey key, ReplyAddress.BusinessKey address, String activityType) {
    this.key = Objects.requireNonNull(key, "key");
    this.address = Objects.requireNonNull(address, "address");
    this.activityType = Objects.requireNonNull(activityType, "activityType");
  }

  HandleKey key() {
    return key;
  }

  ReplyAddress.BusinessKey address() {
    return address;
  }

  String activityType() {
    return activityType;
  }

  @Override
  public Delivery complete(CompletionChannel channel, Object result) {
    return channel.lookUp(this).complete(channel, result);
  }

  @Override
  public Delivery fail(CompletionChannel channel, Exception failure) {
    return channel.lookUp(this).fail(channel, failure);
  }

  @Override
  public void heartbeat(CompletionChannel channel, Object details) {
    channel.lookUp(this).heartbeat(channel, details);
  }

  @Override
  public Delivery reportCancellation(CompletionChannel channel, Object details) {
    return channel.lookUp(this).reportCancellation(channel, details);
  }

  @Override
  public String describe() {
    return key + " (" + address + ")";
  }

  @Override
  public String toString() {
    return describe();
  }
}

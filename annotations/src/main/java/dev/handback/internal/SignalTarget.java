package dev.handback.internal;

import dev.handback.runtime.ExternalOutcome;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import java.util.Objects;

/** A workflow that waits for a result in its inbox: the {@code @ExternalResult} path. */
final class SignalTarget implements Destination {
  private final HandleKey key;
  private final ReplyAddress.SignalAddress address;

  SignalTarget(HandleKey key, ReplyAddress.SignalAddress address) {
    this.key = Objects.requireNonNull(key, "key");
    this.address = Objects.requireNonNull(address, "address");
  }

  HandleKey key() {
    return key;
  }

  ReplyAddress.SignalAddress address() {
    return address;
  }

  @Override
  public Delivery complete(CompletionChannel channel, Object result) {
    return channel.signal(this, ExternalOutcome.success(result));
  }

  @Override
  public Delivery fail(CompletionChannel channel, Exception failure) {
    return channel.signal(
        this, ExternalOutcome.failure(Objects.requireNonNull(failure, "failure")));
  }

  @Override
  public void heartbeat(CompletionChannel channel, Object details) {
    throw unsupported("heartbeat");
  }

  @Override
  public Delivery reportCancellation(CompletionChannel channel, Object details) {
    throw unsupported("reportCancellation");
  }

  private UnsupportedOperationException unsupported(String operation) {
    return new UnsupportedOperationException(
        "The handle for "
            + describe()
            + " delivers its result to the workflow by signal, and "
            + operation
            + " exists only for a handle of an @AsyncCompletable activity: complete or fail it");
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

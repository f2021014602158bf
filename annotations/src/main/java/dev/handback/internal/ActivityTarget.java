package dev.handback.internal;

import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import io.temporal.client.ActivityCompletionClient;
import java.util.Objects;
import java.util.Optional;

/** The activity a reply goes to: one attempt by task token, or the current attempt by ids. */
abstract class ActivityTarget implements Destination {
  private final HandleKey key;

  private ActivityTarget(HandleKey key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  static ActivityTarget of(HandleKey key, String workflowId, String runId, String activityId) {
    return new ById(key, new ReplyAddress.ActivityId(workflowId, runId, activityId));
  }

  final HandleKey key() {
    return key;
  }

  @Override
  public final void complete(CompletionChannel channel, Object result) {
    channel.complete(this, result);
  }

  @Override
  public final void fail(CompletionChannel channel, Exception failure) {
    channel.fail(this, failure);
  }

  @Override
  public final void heartbeat(CompletionChannel channel, Object details) {
    channel.heartbeat(this, details);
  }

  @Override
  public final void reportCancellation(CompletionChannel channel, Object details) {
    channel.reportCancellation(this, details);
  }

  abstract void complete(ActivityCompletionClient client, Object result);

  abstract void fail(ActivityCompletionClient client, Exception failure);

  abstract void heartbeat(ActivityCompletionClient client, Object details);

  abstract void reportCancellation(ActivityCompletionClient client, Object details);

  abstract void reportCancellation(RawCompletionService service, Object details);

  /** What to throw when Temporal answers that nothing waits at this address. */
  abstract ActivityNoLongerWaitingException noLongerWaiting(Throwable cause);

  /** The method and the address, for messages; never the token. */
  @Override
  public abstract String describe();

  @Override
  public String toString() {
    return describe();
  }

  static final class ByToken extends ActivityTarget {
    private final ReplyAddress.TaskToken token;

    ByToken(HandleKey key, ReplyAddress.TaskToken token) {
      super(key);
      this.token = token;
    }

    @Override
    void complete(ActivityCompletionClient client, Object result) {
      client.complete(token.token(), result);
    }

    @Override
    void fail(ActivityCompletionClient client, Exception failure) {
      client.completeExceptionally(token.token(), failure);
    }

    @Override
    void heartbeat(ActivityCompletionClient client, Object details) {
      client.heartbeat(token.token(), details);
    }

    @Override
    void reportCancellation(ActivityCompletionClient client, Object details) {
      client.reportCancellation(token.token(), details);
    }

    @Override
    void reportCancellation(RawCompletionService service, Object details) {
      service.reportCancellation(token.token(), details);
    }

    @Override
    ActivityNoLongerWaitingException noLongerWaiting(Throwable cause) {
      return new ActivityNoLongerWaitingException(describe(), cause);
    }

    @Override
    public String describe() {
      return key() + " (" + token + ")";
    }
  }

  static final class ById extends ActivityTarget {
    private final ReplyAddress.ActivityId address;

    ById(HandleKey key, ReplyAddress.ActivityId address) {
      super(key);
      this.address = Objects.requireNonNull(address, "address");
    }

    ReplyAddress.ActivityId address() {
      return address;
    }

    /** The call key to send again with every heartbeat, if the hand-off recorded one. */
    Optional<String> callKey() {
      return address.call();
    }

    @Override
    void complete(ActivityCompletionClient client, Object result) {
      client.complete(address.workflowId(), address.run(), address.activityId(), result);
    }

    @Override
    void fail(ActivityCompletionClient client, Exception failure) {
      client.completeExceptionally(
          address.workflowId(), address.run(), address.activityId(), failure);
    }

    @Override
    void heartbeat(ActivityCompletionClient client, Object details) {
      client.heartbeat(address.workflowId(), address.run(), address.activityId(), details);
    }

    @Override
    void reportCancellation(ActivityCompletionClient client, Object details) {
      client.reportCancellation(address.workflowId(), address.run(), address.activityId(), details);
    }

    @Override
    void reportCancellation(RawCompletionService service, Object details) {
      service.reportCancellation(
          address.workflowId(), address.run(), address.activityId(), details);
    }

    @Override
    ActivityNoLongerWaitingException noLongerWaiting(Throwable cause) {
      return ActivityNoLongerWaitingException.byIds(describe(), cause);
    }

    @Override
    public String describe() {
      return key() + " (" + address + ")";
    }
  }
}

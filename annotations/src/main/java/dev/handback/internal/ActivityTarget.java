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
  public final Delivery complete(CompletionChannel channel, Object result) {
    return channel.complete(this, result);
  }

  @Override
  public final Delivery fail(CompletionChannel channel, Exception failure) {
    return channel.fail(this, failure);
  }

  @Override
  public final void heartbeat(CompletionChannel channel, Object details) {
    channel.heartbeat(this, details);
  }

  @Override
  public final Delivery reportCancellation(CompletionChannel channel, Object details) {
    return channel.reportCancellation(this, details);
  }

  abstract void complete(ActivityCompletionClient client, Object result);

  abstract void fail(ActivityCompletionClient client, Exception failure);

  abstract void heartbeat(ActivityCompletionClient client, Object details);

  abstract void reportCancellation(ActivityCompletionClient client, Object details);

  /** Sends {@code reply} through {@code service}, noting every try in {@code tries}. */
  abstract void send(RawCompletionService service, SentReply.ToActivity reply, ReplyTries tries);

  /** Where Temporal records a reply to this target, if Handback can tell. */
  abstract Optional<RecordedReplies.Where> where();

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
    void send(RawCompletionService service, SentReply.ToActivity reply, ReplyTries tries) {
      service.send(token.token(), reply, tries);
    }

    @Override
    Optional<RecordedReplies.Where> where() {
      return TaskTokenIds.read(token.token()).map(RecordedReplies.ByAttempt::new);
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
    void send(RawCompletionService service, SentReply.ToActivity reply, ReplyTries tries) {
      service.send(address, reply, tries);
    }

    @Override
    Optional<RecordedReplies.Where> where() {
      return Optional.of(new RecordedReplies.ByIds(address));
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

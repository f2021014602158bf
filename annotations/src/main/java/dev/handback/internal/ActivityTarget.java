package dev.handback.internal;

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
    return new ById(key, workflowId, runId, activityId);
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
  public final ActivityTarget activity(String operation) {
    return this;
  }

  abstract void complete(ActivityCompletionClient client, Object result);

  abstract void fail(ActivityCompletionClient client, Exception failure);

  abstract void heartbeat(ActivityCompletionClient client, Object details);

  abstract void reportCancellation(ActivityCompletionClient client, Object details);

  abstract void reportCancellation(RawCompletionService service, Object details);

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
    public String describe() {
      return key() + " (" + token + ")";
    }
  }

  static final class ById extends ActivityTarget {
    private final String workflowId;
    private final Optional<String> runId;
    private final String activityId;

    ById(HandleKey key, String workflowId, String runId, String activityId) {
      super(key);
      this.workflowId = requireText(workflowId, "workflowId");
      this.runId = Optional.ofNullable(runId).filter(id -> !id.isEmpty());
      this.activityId = requireText(activityId, "activityId");
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException(name + " must not be empty");
      }
      return value;
    }

    @Override
    void complete(ActivityCompletionClient client, Object result) {
      client.complete(workflowId, runId, activityId, result);
    }

    @Override
    void fail(ActivityCompletionClient client, Exception failure) {
      client.completeExceptionally(workflowId, runId, activityId, failure);
    }

    @Override
    void heartbeat(ActivityCompletionClient client, Object details) {
      client.heartbeat(workflowId, runId, activityId, details);
    }

    @Override
    void reportCancellation(ActivityCompletionClient client, Object details) {
      client.reportCancellation(workflowId, runId, activityId, details);
    }

    @Override
    void reportCancellation(RawCompletionService service, Object details) {
      service.reportCancellation(workflowId, runId, activityId, details);
    }

    @Override
    public String describe() {
      return key()
          + " (workflow '"
          + workflowId
          + "'"
          + runId.map(id -> ", run '" + id + "'").orElse("")
          + ", activity '"
          + activityId
          + "')";
    }
  }
}

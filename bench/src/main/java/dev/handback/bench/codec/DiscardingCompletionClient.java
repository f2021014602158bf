package dev.handback.bench.codec;

import io.temporal.client.ActivityCompletionClient;
import io.temporal.payload.context.ActivitySerializationContext;
import java.util.Optional;

/**
 * An {@link ActivityCompletionClient} that only keeps the last value it was given: stands in for
 * Temporal so that a benchmark measures what a completer does before the RPC.
 */
final class DiscardingCompletionClient implements ActivityCompletionClient {
  /** The last token and value, read by the benchmark so the JIT cannot drop the calls. */
  Object lastToken;

  Object lastValue;

  private void keep(Object token, Object value) {
    lastToken = token;
    lastValue = value;
  }

  @Override
  public <R> void complete(byte[] taskToken, R result) {
    keep(taskToken, result);
  }

  @Override
  public <R> void complete(String workflowId, Optional<String> runId, String activityId, R result) {
    keep(activityId, result);
  }

  @Override
  public <R> void completeStandalone(String activityId, Optional<String> runId, R result) {
    keep(activityId, result);
  }

  @Override
  public void completeExceptionally(byte[] taskToken, Exception result) {
    keep(taskToken, result);
  }

  @Override
  public void completeExceptionally(
      String workflowId, Optional<String> runId, String activityId, Exception result) {
    keep(activityId, result);
  }

  @Override
  public void completeExceptionallyStandalone(
      String activityId, Optional<String> runId, Exception result) {
    keep(activityId, result);
  }

  @Override
  public <V> void reportCancellation(byte[] taskToken, V details) {
    keep(taskToken, details);
  }

  @Override
  public <V> void reportCancellation(
      String workflowId, Optional<String> runId, String activityId, V details) {
    keep(activityId, details);
  }

  @Override
  public <V> void reportCancellationStandalone(
      String activityId, Optional<String> runId, V details) {
    keep(activityId, details);
  }

  @Override
  public <V> void heartbeat(byte[] taskToken, V details) {
    keep(taskToken, details);
  }

  @Override
  public <V> void heartbeat(
      String workflowId, Optional<String> runId, String activityId, V details) {
    keep(activityId, details);
  }

  @Override
  public <V> void heartbeatStandalone(String activityId, Optional<String> runId, V details) {
    keep(activityId, details);
  }

  @Override
  public ActivityCompletionClient withContext(ActivitySerializationContext context) {
    return this;
  }
}

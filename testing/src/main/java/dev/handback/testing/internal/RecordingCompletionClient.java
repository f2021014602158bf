package dev.handback.testing.internal;

import dev.handback.runtime.ReplyAddress;
import dev.handback.testing.HandOff;
import dev.handback.testing.RecordedReply;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.ActivityCompletionException;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.payload.context.ActivitySerializationContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An {@link ActivityCompletionClient} without a server, for activity unit tests: it takes replies
 * to a fixed set of hand-offs and records them, and, as Temporal does, refuses any reply to a
 * hand-off that was already completed, failed or cancelled, or that it does not know, with {@link
 * ActivityNotExistsException}.
 */
public final class RecordingCompletionClient implements ActivityCompletionClient {
  private final List<HandOff> handOffs;
  private final Set<HandOff> closed = new HashSet<>();
  private final List<RecordedReply> replies = new ArrayList<>();

  /** A client for replies to {@code handOffs}. */
  public RecordingCompletionClient(List<HandOff> handOffs) {
    this.handOffs = List.copyOf(handOffs);
  }

  /** The replies taken, in order. */
  public synchronized List<RecordedReply> replies() {
    return List.copyOf(replies);
  }

  @Override
  public <R> void complete(byte[] taskToken, R result) {
    record(byToken(taskToken), RecordedReply.Kind.COMPLETED, result, null);
  }

  @Override
  public <R> void complete(String workflowId, Optional<String> runId, String activityId, R result) {
    record(byIds(workflowId, runId, activityId), RecordedReply.Kind.COMPLETED, result, null);
  }

  @Override
  public void completeExceptionally(byte[] taskToken, Exception result) {
    record(byToken(taskToken), RecordedReply.Kind.FAILED, null, result);
  }

  @Override
  public void completeExceptionally(
      String workflowId, Optional<String> runId, String activityId, Exception result) {
    record(byIds(workflowId, runId, activityId), RecordedReply.Kind.FAILED, null, result);
  }

  @Override
  public <V> void reportCancellation(byte[] taskToken, V details) {
    record(byToken(taskToken), RecordedReply.Kind.CANCELLED, details, null);
  }

  @Override
  public <V> void reportCancellation(
      String workflowId, Optional<String> runId, String activityId, V details) {
    record(byIds(workflowId, runId, activityId), RecordedReply.Kind.CANCELLED, details, null);
  }

  @Override
  public <V> void heartbeat(byte[] taskToken, V details) throws ActivityCompletionException {
    record(byToken(taskToken), RecordedReply.Kind.HEARTBEAT, details, null);
  }

  @Override
  public <V> void heartbeat(String workflowId, Optional<String> runId, String activityId, V details)
      throws ActivityCompletionException {
    record(byIds(workflowId, runId, activityId), RecordedReply.Kind.HEARTBEAT, details, null);
  }

  @Override
  public <R> void completeStandalone(String activityId, Optional<String> runId, R result) {
    throw standalone();
  }

  @Override
  public void completeExceptionallyStandalone(
      String activityId, Optional<String> runId, Exception result) {
    throw standalone();
  }

  @Override
  public <V> void reportCancellationStandalone(
      String activityId, Optional<String> runId, V details) {
    throw standalone();
  }

  @Override
  public <V> void heartbeatStandalone(String activityId, Optional<String> runId, V details) {
    throw standalone();
  }

  @Override
  public ActivityCompletionClient withContext(ActivitySerializationContext context) {
    return this;
  }

  private synchronized void record(
      Predicate<HandOff> target, RecordedReply.Kind kind, Object value, Exception failure) {
    HandOff handOff =
        handOffs.stream()
            .filter(candidate -> candidate.completesTheActivity() && !closed.contains(candidate))
            .filter(target)
            .findFirst()
            .orElseThrow(
                () ->
                    new ActivityNotExistsException(
                        "No hand-off of this test waits for a reply there (it was answered"
                            + " already, or never made)",
                        null));
    if (kind != RecordedReply.Kind.HEARTBEAT) {
      closed.add(handOff);
    }
    replies.add(new RecordedReply(handOff, kind, value, failure));
  }

  private static Predicate<HandOff> byToken(byte[] taskToken) {
    return handOff ->
        handOff.address() instanceof ReplyAddress.TaskToken token
            && Arrays.equals(token.token(), taskToken);
  }

  private static Predicate<HandOff> byIds(
      String workflowId, Optional<String> runId, String activityId) {
    return handOff ->
        handOff.workflowId().equals(workflowId)
            && handOff.activityId().equals(activityId)
            && runId.map(handOff.runId()::equals).orElse(true);
  }

  private static UnsupportedOperationException standalone() {
    return new UnsupportedOperationException(
        "Standalone activities have no hand-offs for the test kit to answer");
  }
}

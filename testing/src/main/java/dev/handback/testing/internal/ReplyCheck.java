package dev.handback.testing.internal;

import dev.handback.runtime.ExternalOutcome;
import dev.handback.testing.HandOff;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reply that reached a waiting method, as Temporal recorded it: the activity's completion, or
 * the signal that delivered the result to the workflow's inbox.
 */
public final class ReplyCheck {
  private final TestServer server;
  private final Duration patience;
  private final Wait wait;

  /** The check of {@code wait}; waits up to {@code patience} of real time for the reply. */
  public ReplyCheck(TestServer server, Duration patience, Wait wait) {
    this.server = server;
    this.patience = patience;
    this.wait = wait;
  }

  /** Whether a reply arrived, and its result. */
  private record Reply(boolean arrived, Object result) {
    static final Reply NONE = new Reply(false, null);
  }

  /**
   * Waits until a reply arrived, checks that exactly one did and that it was a result, and returns
   * that result.
   *
   * @throws AssertionError if no reply came within the patience, more than one did, or the reply
   *     was not a result
   */
  public Object completedOnce() {
    Patience patient = new Patience(patience);
    while (true) {
      RunSnapshot run = wait.snapshot(server);
      Reply reply =
          wait.method().path() == ResultPath.EXTERNAL_RESULT ? delivered(run) : completed(run);
      if (reply.arrived()) {
        return reply.result();
      }
      if (patient.isExhausted()) {
        throw new AssertionError(
            "No reply reached "
                + wait.method().describe()
                + " in workflow '"
                + wait.workflowId()
                + "' within "
                + patience
                + ": "
                + run.describe());
      }
      patient.pause();
    }
  }

  /** The completed activity's result, once it completed. */
  private Reply completed(RunSnapshot run) {
    Optional<HistoryEvent> closed = run.closeOf(wait.scheduledEventId());
    if (closed.isEmpty()) {
      wait.handOff().ifPresent(awaited -> requireSameAttempt(run, awaited));
      return Reply.NONE;
    }
    if (closed.get().getEventType() != EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
      throw new AssertionError(
          "The activity "
              + wait.activityId()
              + " of "
              + wait.method().name()
              + " in workflow '"
              + wait.workflowId()
              + "' was not completed: it ended with "
              + RunSnapshot.name(closed.get()));
    }
    var attributes = closed.get().getActivityTaskCompletedEventAttributes();
    return new Reply(
        true, decode(attributes.hasResult() ? attributes.getResult() : null, resultType()));
  }

  /** The attempt that handed off must still be the current one: no reply reached it otherwise. */
  private void requireSameAttempt(RunSnapshot run, HandOff awaited) {
    Optional<PendingActivityInfo> pending = run.pendingActivity(wait.activityId());
    if (pending.isPresent() && pending.get().getAttempt() > awaited.attempt()) {
      throw new AssertionError(
          "Attempt "
              + awaited.attempt()
              + " of activity "
              + wait.activityId()
              + " of "
              + wait.method().name()
              + " in workflow '"
              + wait.workflowId()
              + "' ended without being completed: Temporal retries it as attempt "
              + pending.get().getAttempt()
              + (pending.get().hasLastFailure()
                  ? " (last failure: " + describe(pending.get().getLastFailure()) + ")"
                  : ""));
    }
  }

  /** A failure's message, or for a timeout, which one. */
  private static String describe(Failure failure) {
    if (failure.hasTimeoutFailureInfo()) {
      return failure
              .getTimeoutFailureInfo()
              .getTimeoutType()
              .name()
              .substring("TIMEOUT_TYPE_".length())
              .toLowerCase(Locale.ROOT)
              .replace('_', '-')
          + " timeout";
    }
    return failure.getMessage();
  }

  /**
   * The result delivered by signal, once one was and the workflow took every signal sent so far: a
   * signal that arrives while a workflow task runs enters the history when that task completes.
   */
  private Reply delivered(RunSnapshot run) {
    String signal = wait.method().signalName().orElseThrow();
    List<HistoryEvent> signals = run.signals(signal, wait.handedOffEventId());
    if (signals.isEmpty() || (run.isOpen() && run.hasWorkflowTaskInFlight())) {
      return Reply.NONE;
    }
    if (signals.size() > 1) {
      throw new AssertionError(
          "The result of "
              + wait.method().name()
              + " reached workflow '"
              + wait.workflowId()
              + "' "
              + signals.size()
              + " times by signal '"
              + signal
              + "'; the inbox kept the first");
    }
    var attributes = signals.get(0).getWorkflowExecutionSignaledEventAttributes();
    Object decoded =
        decode(attributes.hasInput() ? attributes.getInput() : null, new OutcomeType(resultType()));
    if (!(decoded instanceof ExternalOutcome<?> outcome) || outcome.failed()) {
      throw new AssertionError(
          "The reply to "
              + wait.method().name()
              + " in workflow '"
              + wait.workflowId()
              + "' was not a result: "
              + decoded);
    }
    return new Reply(true, outcome.result());
  }

  private Type resultType() {
    return wait.method().returnsVoid() ? Void.class : wait.method().resultType();
  }

  private Object decode(Payloads payloads, Type type) {
    Class<?> raw =
        type instanceof ParameterizedType parameterized
            ? (Class<?>) parameterized.getRawType()
            : (Class<?>) type;
    return server.dataConverter().fromPayloads(0, Optional.ofNullable(payloads), raw, type);
  }

  /** {@code ExternalOutcome<R>}, for the data converter. */
  private record OutcomeType(Type result) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {result};
    }

    @Override
    public Type getRawType() {
      return ExternalOutcome.class;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }
  }
}

package dev.handback.testing.internal;

import dev.handback.testing.HandOff;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the moment a method waits for its external party in a workflow run, by the run's
 * description and history and the hand-offs the kit saw; and says, when it does not, what the
 * workflow does instead.
 */
public final class WaitFinder {
  private final TestServer server;
  private final Duration patience;

  /** A finder on {@code server} that waits up to {@code patience} of real time. */
  public WaitFinder(TestServer server, Duration patience) {
    this.server = server;
    this.patience = patience;
  }

  /**
   * Waits until {@code method} waits in the latest run of {@code workflowId}.
   *
   * @throws AssertionError if it does not within the patience, or the run closes first
   */
  public Wait find(AnnotatedMethod method, String workflowId) {
    Objects.requireNonNull(workflowId, "workflowId");
    Patience wait = new Patience(patience);
    while (true) {
      Optional<RunSnapshot> run = RunSnapshot.take(server, workflowId, "");
      if (run.isPresent()) {
        if (!run.get().isOpen()) {
          throw new AssertionError(expectation(method, workflowId) + run.get().describe());
        }
        Optional<Wait> found = match(method, run.get());
        if (found.isPresent()) {
          return found.get();
        }
      }
      if (wait.isExhausted()) {
        throw new AssertionError(
            expectation(method, workflowId)
                + (run.isPresent()
                    ? run.get().describe() + hint(method, run.get())
                    : noSuchWorkflow(workflowId)));
      }
      wait.pause();
    }
  }

  private String expectation(AnnotatedMethod method, String workflowId) {
    return "Expected "
        + method.describe()
        + " to wait for its external party in workflow '"
        + workflowId
        + "' within "
        + patience
        + ", but ";
  }

  private String noSuchWorkflow(String workflowId) {
    List<String> open =
        server.openWorkflows().stream()
            .map(
                info ->
                    "'"
                        + info.getExecution().getWorkflowId()
                        + "' ("
                        + info.getType().getName()
                        + ")")
            .toList();
    return "no workflow '"
        + workflowId
        + "' was started in this test environment"
        + (open.isEmpty() ? "; none is open" : "; open: " + String.join(", ", open));
  }

  private static Optional<Wait> match(AnnotatedMethod method, RunSnapshot run) {
    return switch (method.path()) {
      case ASYNC_COMPLETION -> handedOff(method, run);
      case EXTERNAL_RESULT -> inInbox(method, run);
      case POLLED -> polled(method, run);
    };
  }

  /**
   * The activity handed off, its implementation returned, and the attempt that handed off is still
   * open.
   */
  private static Optional<Wait> handedOff(AnnotatedMethod method, RunSnapshot run) {
    Optional<HandOffLog.Entry> latest = latestHandOff(method, run.runId());
    if (latest.isEmpty() || !latest.get().implementationReturned()) {
      return Optional.empty();
    }
    HandOff handOff = latest.get().handOff();
    Optional<PendingActivityInfo> pending = run.pendingActivity(handOff.activityId());
    Optional<HistoryEvent> scheduled = run.scheduled(handOff.activityId());
    if (pending.isEmpty()
        || scheduled.isEmpty()
        || Math.max(1, pending.get().getAttempt()) != handOff.attempt()) {
      return Optional.empty();
    }
    long eventId = scheduled.get().getEventId();
    return Optional.of(
        new Wait(
            method,
            run.workflowId(),
            run.runId(),
            handOff.activityId(),
            eventId,
            eventId,
            Optional.of(handOff)));
  }

  /** The activity completed, and no result reached the inbox since. */
  private static Optional<Wait> inInbox(AnnotatedMethod method, RunSnapshot run) {
    Optional<HistoryEvent> scheduled = run.lastScheduled(method.activityType());
    if (scheduled.isEmpty()) {
      return Optional.empty();
    }
    Optional<HistoryEvent> closed = run.closeOf(scheduled.get().getEventId());
    if (closed.isEmpty()
        || closed.get().getEventType() != EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED
        || !run.signals(method.signalName().orElseThrow(), closed.get().getEventId()).isEmpty()) {
      return Optional.empty();
    }
    String activityId = scheduled.get().getActivityTaskScheduledEventAttributes().getActivityId();
    Optional<HandOff> handOff =
        latestHandOff(method, run.runId())
            .map(HandOffLog.Entry::handOff)
            .filter(h -> h.activityId().equals(activityId));
    return Optional.of(
        new Wait(
            method,
            run.workflowId(),
            run.runId(),
            activityId,
            scheduled.get().getEventId(),
            closed.get().getEventId(),
            handOff));
  }

  /** The activity was polled at least once, and is still open. */
  private static Optional<Wait> polled(AnnotatedMethod method, RunSnapshot run) {
    Optional<PendingActivityInfo> pending = run.pendingActivityOfType(method.activityType());
    if (pending.isEmpty() || (pending.get().getAttempt() <= 1 && !pending.get().hasLastFailure())) {
      return Optional.empty();
    }
    String activityId = pending.get().getActivityId();
    long eventId = run.scheduled(activityId).map(HistoryEvent::getEventId).orElse(0L);
    return Optional.of(
        new Wait(
            method, run.workflowId(), run.runId(), activityId, eventId, eventId, Optional.empty()));
  }

  private static Optional<HandOffLog.Entry> latestHandOff(AnnotatedMethod method, String runId) {
    return method
        .key()
        .flatMap(
            key ->
                HandOffLog.latest(
                    handOff -> handOff.runId().equals(runId) && handOff.key().equals(key)));
  }

  /** Why {@code method} does not wait in {@code run}, as far as the kit can tell. */
  private static String hint(AnnotatedMethod method, RunSnapshot run) {
    List<String> hints = new ArrayList<>();
    Optional<PendingActivityInfo> pending = run.pendingActivityOfType(method.activityType());
    switch (method.path()) {
      case ASYNC_COMPLETION -> {
        Optional<HandOffLog.Entry> handedOff = latestHandOff(method, run.runId());
        if (handedOff.isPresent() && !handedOff.get().implementationReturned()) {
          hints.add(
              "its implementation handed off (activity "
                  + handedOff.get().handOff().activityId()
                  + ") but has not returned yet");
        } else {
          pending.ifPresent(
              activity ->
                  hints.add(
                      "activity "
                          + activity.getActivityId()
                          + " of type '"
                          + method.activityType()
                          + "' is open but has not handed off: its implementation must call "
                          + method.asyncClassName().orElse("FooAsync")
                          + "."
                          + method.method().getName()
                          + "() (or register StandIn.of("
                          + method.activityInterface().getSimpleName()
                          + ".class))"));
        }
      }
      case EXTERNAL_RESULT -> {
        if (pending.isPresent()) {
          hints.add("its activity has not completed yet");
        } else {
          inboxHint(method, run).ifPresent(hints::add);
        }
      }
      case POLLED -> {
        if (pending.isPresent()) {
          hints.add("its first poll has not been answered yet");
        }
      }
    }
    List<String> others =
        HandOffLog.all(handOff -> handOff.runId().equals(run.runId())).stream()
            .filter(handOff -> method.key().map(key -> !key.equals(handOff.key())).orElse(true))
            .map(handOff -> handOff.key() + " (activity " + handOff.activityId() + ")")
            .toList();
    if (!others.isEmpty()) {
      hints.add("hand-offs of other methods in this run: " + String.join(", ", others));
    }
    return hints.isEmpty() ? "" : "; " + String.join("; ", hints);
  }

  private static Optional<String> inboxHint(AnnotatedMethod method, RunSnapshot run) {
    Optional<HistoryEvent> closed =
        run.lastScheduled(method.activityType())
            .flatMap(scheduled -> run.closeOf(scheduled.getEventId()));
    if (closed.isEmpty()) {
      return Optional.empty();
    }
    if (closed.get().getEventType() != EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
      return Optional.of("its last activity ended with " + RunSnapshot.name(closed.get()));
    }
    return Optional.of(
        "its result was already delivered by signal '" + method.signalName().orElseThrow() + "'");
  }
}

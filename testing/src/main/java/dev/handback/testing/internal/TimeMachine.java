package dev.handback.testing.internal;

import dev.handback.testing.HandOff;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Moves the test server's clock while activities wait for their external party.
 *
 * <p>The test server takes a time-skipping lock for every scheduled activity and holds it until the
 * activity ends, so that timeouts do not fire while activity code runs; an activity that handed off
 * keeps it while it waits, and {@code TestWorkflowEnvironment.sleep} then waits in real time. This
 * clock lifts one lock per handed-off activity while it skips and takes them back afterwards. When
 * the skip crosses the timeout of such an activity, that activity's own lock is kept for the
 * crossing, and the server releases it as the timeout fires: lifting it too would release it twice.
 */
public final class TimeMachine {
  /** How close to a timeout the clock skips before it crosses the timeout in real time. */
  static final Duration APPROACH = Duration.ofMillis(20);

  /** How long past a crossed timeout a crossing stops, to let the server act on the timeout. */
  static final Duration SETTLE = Duration.ofMillis(10);

  private static final int MAX_CROSSINGS = 1000;

  private final TestServer server;
  private final Duration patience;

  /**
   * A clock for {@code server} that waits up to {@code patience} of real time for each skip before
   * it reports what holds the clock still.
   */
  public TimeMachine(TestServer server, Duration patience) {
    this.server = server;
    this.patience = patience;
  }

  /** An activity that handed off and waits, holding one of the server's time-skipping locks. */
  record Waiting(HandOff handOff, Optional<Instant> nextTimeout) {
    String describe() {
      return handOff.key()
          + " in workflow '"
          + handOff.workflowId()
          + "' (activity "
          + handOff.activityId()
          + ", attempt "
          + handOff.attempt()
          + nextTimeout.map(at -> ", next timeout at " + at).orElse("")
          + ")";
    }
  }

  /** Moves the clock forward by {@code duration}, firing every timer on the way. */
  public void advance(Duration duration) {
    advanceTo(server.now().plus(duration));
  }

  /** Moves the clock to {@code target}, firing every timer on the way; nothing if it is there. */
  public void advanceTo(Instant target) {
    for (int crossings = 0; crossings <= MAX_CROSSINGS; crossings++) {
      Instant now = server.now();
      if (!now.isBefore(target)) {
        return;
      }
      List<Waiting> waiting = census();
      Optional<Instant> crossing =
          waiting.stream()
              .flatMap(activity -> activity.nextTimeout().stream())
              // A timeout already past is one the server does not act on (an outdated timer).
              .filter(timeout -> timeout.isAfter(now) && !timeout.isAfter(target))
              .min(Comparator.naturalOrder());
      if (crossing.isEmpty()) {
        skip(waiting, waiting, target);
        return;
      }
      Instant timeout = crossing.get();
      Instant approach = timeout.minus(APPROACH);
      if (now.isBefore(approach)) {
        skip(waiting, waiting, approach);
      }
      // Lift the locks of the activities that do not time out during the crossing only.
      Instant crossed = min(target, timeout.plus(SETTLE));
      List<Waiting> lifted =
          waiting.stream()
              .filter(
                  activity ->
                      activity
                          .nextTimeout()
                          .map(t -> t.isAfter(crossed) || !t.isAfter(now))
                          .orElse(true))
              .toList();
      skip(waiting, lifted, crossed);
    }
    throw new AssertionError(
        "The clock crossed "
            + MAX_CROSSINGS
            + " activity timeouts on the way to "
            + target
            + " and did not get there");
  }

  private void skip(List<Waiting> waiting, List<Waiting> lifted, Instant to) {
    Duration length = Duration.between(server.now(), to);
    if (length.isNegative() || length.isZero()) {
      return;
    }
    int unlocked = 0;
    boolean arrived;
    try {
      for (int i = 0; i < lifted.size(); i++) {
        server.unlock();
        unlocked++;
      }
      arrived = server.unlockAndSleep(length, patience);
    } finally {
      for (int i = 0; i < unlocked; i++) {
        server.lock();
      }
    }
    if (!arrived) {
      throw new AssertionError(
          "The test server's clock did not reach "
              + to
              + " within "
              + patience
              + " of real time: something holds the clock still. "
              + (waiting.isEmpty()
                  ? "No activity waits for an external party;"
                  : "The kit lifted the time-skipping locks of "
                      + lifted.stream().map(Waiting::describe).toList()
                      + ";")
              + " an activity still running, time skipping turned off for this environment"
              + " (TestEnvironmentOptions.setUseTimeskipping(false)), or a lock taken with"
              + " the test service would do that");
    }
  }

  /** The handed-off activities that wait now, each holding a time-skipping lock. */
  List<Waiting> census() {
    List<Waiting> waiting = new ArrayList<>();
    for (WorkflowExecutionInfo open : server.openWorkflows()) {
      String workflowId = open.getExecution().getWorkflowId();
      String runId = open.getExecution().getRunId();
      List<HandOff> handOffs =
          HandOffLog.get()
              .find(handOff -> handOff.runId().equals(runId) && handOff.completesTheActivity())
              .stream()
              .map(HandOffLog.Entry::handOff)
              .toList();
      if (handOffs.isEmpty()) {
        continue;
      }
      Optional<RunSnapshot> run = RunSnapshot.take(server, workflowId, runId);
      if (run.isEmpty()) {
        continue;
      }
      for (PendingActivityInfo activity : run.get().pendingActivities()) {
        if (activity.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED) {
          continue;
        }
        handOffs.stream()
            .filter(handOff -> handOff.activityId().equals(activity.getActivityId()))
            .filter(handOff -> handOff.attempt() == Math.max(1, activity.getAttempt()))
            .reduce((first, second) -> second)
            .ifPresent(
                handOff -> waiting.add(new Waiting(handOff, nextTimeout(run.get(), activity))));
      }
    }
    return waiting;
  }

  /** When the server times {@code activity} out next, by the timeouts Temporal recorded for it. */
  static Optional<Instant> nextTimeout(RunSnapshot run, PendingActivityInfo activity) {
    Optional<HistoryEvent> scheduled = run.scheduled(activity.getActivityId());
    if (scheduled.isEmpty()) {
      return Optional.empty();
    }
    ActivityTaskScheduledEventAttributes options =
        scheduled.get().getActivityTaskScheduledEventAttributes();
    Duration startToClose = TestServer.duration(options.getStartToCloseTimeout());
    Duration heartbeat = TestServer.duration(options.getHeartbeatTimeout());
    Duration scheduleToClose = TestServer.duration(options.getScheduleToCloseTimeout());
    Instant started = TestServer.instant(activity.getLastStartedTime());
    Instant lastHeartbeat =
        activity.hasLastHeartbeatTime()
            ? TestServer.instant(activity.getLastHeartbeatTime())
            : started;
    List<Instant> timeouts = new ArrayList<>();
    if (activity.hasLastStartedTime() && startToClose.compareTo(Duration.ZERO) > 0) {
      timeouts.add(started.plus(startToClose));
    }
    // The test server watches heartbeats only when the timeout is shorter than start-to-close.
    if (activity.hasLastStartedTime()
        && heartbeat.compareTo(Duration.ZERO) > 0
        && heartbeat.compareTo(startToClose) < 0) {
      timeouts.add(lastHeartbeat.plus(heartbeat));
    }
    if (scheduleToClose.compareTo(Duration.ZERO) > 0) {
      timeouts.add(TestServer.instant(scheduled.get().getEventTime()).plus(scheduleToClose));
    }
    return timeouts.stream().min(Comparator.naturalOrder());
  }

  private static Instant min(Instant a, Instant b) {
    return Stream.of(a, b).min(Comparator.naturalOrder()).orElseThrow();
  }
}

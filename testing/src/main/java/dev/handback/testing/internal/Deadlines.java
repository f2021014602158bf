package dev.handback.testing.internal;

import dev.handback.testing.Timeout;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.common.RetryOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When the timeouts Handback declared for a waiting method end, on the test server's clock: the
 * duration {@code FooOptions} (or the inbox) declares, from the moment the server counts it from.
 */
public final class Deadlines {
  /** How far before or past a timeout "just before" and "just past" are. */
  public static final Duration JUST = Duration.ofSeconds(1);

  private final TestServer server;
  private final Duration patience;
  private final Wait wait;

  /** The deadlines of {@code wait}; waits up to {@code patience} for the inbox to start. */
  public Deadlines(TestServer server, Duration patience, Wait wait) {
    this.server = server;
    this.patience = patience;
    this.wait = wait;
  }

  /**
   * When {@code timeout} ends.
   *
   * @throws IllegalArgumentException if the method's path has no such timeout
   * @throws IllegalStateException if the method declares none, or it no longer applies
   */
  public Instant of(Timeout timeout) {
    Duration declared = declared(timeout);
    RunSnapshot run = wait.snapshot(server);
    return switch (timeout) {
      case START_TO_CLOSE -> started(run).plus(declared);
      case HEARTBEAT -> {
        PendingActivityInfo pending = pending(run);
        Instant last =
            pending.hasLastHeartbeatTime()
                ? TestServer.instant(pending.getLastHeartbeatTime())
                : started(run);
        yield last.plus(declared);
      }
      case SCHEDULE_TO_CLOSE, GIVE_UP -> scheduledAt(run).plus(declared);
      case INBOX -> inboxWaitStarted().plus(declared);
    };
  }

  /**
   * Just before {@code timeout}: a second before it ends, and for {@link Timeout#GIVE_UP} also one
   * poll interval before, since Temporal gives up at the last poll whose next one would be late.
   *
   * @throws IllegalStateException if the clock is already past that moment
   */
  public Instant justBefore(Timeout timeout) {
    Instant deadline = of(timeout);
    Instant target = deadline.minus(JUST);
    if (timeout == Timeout.GIVE_UP) {
      target = target.minus(pollInterval());
    }
    Instant now = server.now();
    if (!now.isBefore(target)) {
      throw new IllegalStateException(
          "The test server's clock ("
              + now
              + ") is already past just before the "
              + timeout
              + " timeout of "
              + wait.method().name()
              + ", which ends at "
              + deadline);
    }
    return target;
  }

  /** A second past {@code timeout}. */
  public Instant justPast(Timeout timeout) {
    return of(timeout).plus(JUST);
  }

  private Duration declared(Timeout timeout) {
    AnnotatedMethod method = wait.method();
    List<Timeout> applicable =
        switch (method.path()) {
          case ASYNC_COMPLETION ->
              List.of(Timeout.START_TO_CLOSE, Timeout.HEARTBEAT, Timeout.SCHEDULE_TO_CLOSE);
          case EXTERNAL_RESULT -> List.of(Timeout.INBOX);
          case POLLED -> List.of(Timeout.GIVE_UP, Timeout.SCHEDULE_TO_CLOSE);
        };
    if (!applicable.contains(timeout)) {
      throw new IllegalArgumentException(
          method.describe()
              + " has no "
              + timeout
              + " timeout to move to; its own are "
              + applicable);
    }
    ActivityOptions options = method.declaredOptions();
    Duration declared =
        switch (timeout) {
          case START_TO_CLOSE -> options.getStartToCloseTimeout();
          case HEARTBEAT -> options.getHeartbeatTimeout();
          case SCHEDULE_TO_CLOSE, GIVE_UP -> options.getScheduleToCloseTimeout();
          case INBOX -> method.inboxTimeout().orElse(null);
        };
    if (declared == null || declared.isZero()) {
      throw new IllegalStateException(method.describe() + " declares no " + timeout + " timeout");
    }
    return declared;
  }

  private Duration pollInterval() {
    RetryOptions retry = wait.method().declaredOptions().getRetryOptions();
    return retry == null || retry.getInitialInterval() == null
        ? Duration.ZERO
        : retry.getInitialInterval();
  }

  private PendingActivityInfo pending(RunSnapshot run) {
    return run.pendingActivity(wait.activityId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The activity "
                        + wait.activityId()
                        + " of "
                        + wait.method().name()
                        + " no longer waits, so its timeouts no longer apply: "
                        + run.describe()));
  }

  private Instant started(RunSnapshot run) {
    return TestServer.instant(pending(run).getLastStartedTime());
  }

  private Instant scheduledAt(RunSnapshot run) {
    return run.history().stream()
        .filter(event -> event.getEventId() == wait.scheduledEventId())
        .findFirst()
        .map(event -> TestServer.instant(event.getEventTime()))
        .orElseThrow();
  }

  /**
   * When the workflow started waiting in its inbox: the timer {@code await()} starts with the
   * declared timeout, after the activity completed. Waits for it up to the patience.
   */
  private Instant inboxWaitStarted() {
    Duration timeout = wait.method().inboxTimeout().orElseThrow();
    Patience patient = new Patience(patience);
    while (true) {
      RunSnapshot run = wait.snapshot(server);
      Optional<HistoryEvent> timer =
          run.history().stream()
              .filter(event -> event.getEventId() > wait.handedOffEventId())
              .filter(event -> event.getEventType() == EventType.EVENT_TYPE_TIMER_STARTED)
              .filter(
                  event ->
                      TestServer.duration(
                              event.getTimerStartedEventAttributes().getStartToFireTimeout())
                          .equals(timeout))
              .findFirst();
      if (timer.isPresent()) {
        return TestServer.instant(timer.get().getEventTime());
      }
      if (!run.isOpen() || patient.isExhausted()) {
        throw new IllegalStateException(
            "Workflow '"
                + wait.workflowId()
                + "' has not started waiting in its inbox for "
                + wait.method().name()
                + " (no timer of "
                + timeout
                + " after its activity completed): "
                + run.describe());
      }
      patient.pause();
    }
  }
}

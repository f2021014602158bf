package dev.handback.testing;

import dev.handback.internal.CompletionChannel;
import dev.handback.internal.DeliveringReply;
import dev.handback.runtime.ExternalOutcome;
import dev.handback.runtime.ReplyAddress;
import dev.handback.testing.internal.AnnotatedMethod;
import dev.handback.testing.internal.HandOffLog;
import dev.handback.testing.internal.PollDesk;
import dev.handback.testing.internal.ResultPath;
import dev.handback.testing.internal.RunSnapshot;
import dev.handback.testing.internal.TestServer;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.common.RetryOptions;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One activity method of one workflow run that waits for its external party, found by {@link
 * ExternalParty#awaiting}: reply to it as that party would, move the clock across the timeouts
 * Handback declared for it, and check what Temporal recorded.
 *
 * <p>What "waiting" means depends on the method's path:
 *
 * <ul>
 *   <li>{@code @AsyncCompletable}: the activity handed off (its implementation called {@code
 *       FooAsync.m()}) and is still open; a reply completes it, by workflow, run and activity id.
 *   <li>{@code @ExternalResult}: the activity completed and no result has reached the workflow's
 *       inbox yet; a reply is delivered by signal to that run.
 *   <li>{@code @Polled}: the activity was polled at least once and is still open; a reply is the
 *       answer its next poll gets, which only the kit's {@link StandIn} can give.
 * </ul>
 *
 * @param <R> the method's result type ({@code Void} for a method that returns nothing)
 */
public final class Awaiting<R> {
  /** How far before or past a timeout {@link #advanceToJustBefore} and co. move the clock. */
  static final Duration JUST = Duration.ofSeconds(1);

  private static final long POLL_MILLIS = 10;

  private final ExternalParty party;
  private final AnnotatedMethod method;
  private final String workflowId;
  private final String runId;
  private final String activityId;
  private final long scheduledEventId;
  private final long handedOffEventId;
  private final Optional<HandOff> handOff;

  private Awaiting(ExternalParty party, AnnotatedMethod method, RunSnapshot run, Match match) {
    this.party = party;
    this.method = method;
    this.workflowId = run.workflowId();
    this.runId = run.runId();
    this.activityId = match.activityId();
    this.scheduledEventId = match.scheduledEventId();
    this.handedOffEventId = match.handedOffEventId();
    this.handOff = match.handOff();
  }

  /** What a run shows of a waiting method. */
  private record Match(
      String activityId, long scheduledEventId, long handedOffEventId, Optional<HandOff> handOff) {}

  /**
   * Waits up to the party's patience until {@code method} waits in the latest run of {@code
   * workflowId}.
   */
  static <R> Awaiting<R> find(ExternalParty party, AnnotatedMethod method, String workflowId) {
    Objects.requireNonNull(workflowId, "workflowId");
    long deadline = System.nanoTime() + party.patience().toNanos();
    while (true) {
      Optional<RunSnapshot> run = RunSnapshot.take(party.server(), workflowId, "");
      if (run.isPresent()) {
        Optional<Match> match = match(method, run.get());
        if (match.isPresent() && run.get().isOpen()) {
          return new Awaiting<>(party, method, run.get(), match.get());
        }
        if (!run.get().isOpen()) {
          throw new AssertionError(expectation(method, workflowId, party) + run.get().describe());
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            expectation(method, workflowId, party)
                + (run.isPresent()
                    ? run.get().describe() + hint(method, run.get())
                    : noSuchWorkflow(party, workflowId)));
      }
      pause();
    }
  }

  private static String expectation(
      AnnotatedMethod method, String workflowId, ExternalParty party) {
    return "Expected "
        + method.describe()
        + " to wait for its external party in workflow '"
        + workflowId
        + "' within "
        + party.patience()
        + ", but ";
  }

  private static String noSuchWorkflow(ExternalParty party, String workflowId) {
    List<String> open =
        party.server().openWorkflows().stream()
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

  private static Optional<Match> match(AnnotatedMethod method, RunSnapshot run) {
    return switch (method.path()) {
      case ASYNC_COMPLETION -> matchHandedOff(method, run);
      case EXTERNAL_RESULT -> matchInInbox(method, run);
      case POLLED -> matchPolled(method, run);
    };
  }

  private static Optional<Match> matchHandedOff(AnnotatedMethod method, RunSnapshot run) {
    Optional<HandOff> latest = latestHandOff(method, run.runId());
    if (latest.isEmpty()) {
      return Optional.empty();
    }
    HandOff handOff = latest.get();
    Optional<PendingActivityInfo> pending = run.pendingActivity(handOff.activityId());
    Optional<HistoryEvent> scheduled = run.scheduled(handOff.activityId());
    if (pending.isEmpty()
        || scheduled.isEmpty()
        || Math.max(1, pending.get().getAttempt()) != handOff.attempt()) {
      return Optional.empty();
    }
    long eventId = scheduled.get().getEventId();
    return Optional.of(new Match(handOff.activityId(), eventId, eventId, latest));
  }

  private static Optional<Match> matchInInbox(AnnotatedMethod method, RunSnapshot run) {
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
        latestHandOff(method, run.runId()).filter(h -> h.activityId().equals(activityId));
    return Optional.of(
        new Match(activityId, scheduled.get().getEventId(), closed.get().getEventId(), handOff));
  }

  private static Optional<Match> matchPolled(AnnotatedMethod method, RunSnapshot run) {
    Optional<PendingActivityInfo> pending = run.pendingActivityOfType(method.activityType());
    if (pending.isEmpty() || (pending.get().getAttempt() <= 1 && !pending.get().hasLastFailure())) {
      return Optional.empty();
    }
    String activityId = pending.get().getActivityId();
    long eventId = run.scheduled(activityId).map(HistoryEvent::getEventId).orElse(0L);
    return Optional.of(new Match(activityId, eventId, eventId, Optional.empty()));
  }

  private static Optional<HandOff> latestHandOff(AnnotatedMethod method, String runId) {
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
        if (pending.isPresent()) {
          hints.add(
              "activity "
                  + pending.get().getActivityId()
                  + " of type '"
                  + method.activityType()
                  + "' is open but has not handed off: its implementation must call "
                  + method.asyncClassName().orElse("FooAsync")
                  + "."
                  + method.method().getName()
                  + "() (or register StandIn.of("
                  + method.activityInterface().getSimpleName()
                  + ".class))");
        }
      }
      case EXTERNAL_RESULT -> {
        if (pending.isPresent()) {
          hints.add("its activity has not completed yet");
        } else {
          run.lastScheduled(method.activityType())
              .flatMap(scheduled -> run.closeOf(scheduled.getEventId()))
              .ifPresent(
                  closed -> {
                    if (closed.getEventType() != EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
                      hints.add("its last activity ended with " + eventName(closed));
                    } else if (!run.signals(method.signalName().orElseThrow(), closed.getEventId())
                        .isEmpty()) {
                      hints.add(
                          "its result was already delivered by signal '"
                              + method.signalName().orElseThrow()
                              + "'");
                    }
                  });
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

  /** The workflow that waits. */
  public String workflowId() {
    return workflowId;
  }

  /** The run that waits. */
  public String runId() {
    return runId;
  }

  /** The id of the method's activity in that run. */
  public String activityId() {
    return activityId;
  }

  /**
   * The hand-off the activity made, when it made one through {@code FooAsync}: always for
   * {@code @AsyncCompletable}; for {@code @ExternalResult} when the implementation called {@code
   * FooAsync.m()}; never for {@code @Polled}.
   */
  public Optional<HandOff> handOff() {
    return handOff;
  }

  /**
   * Replies with {@code result}, as the external party would: completes the activity
   * ({@code @AsyncCompletable}), delivers the result to the workflow's inbox
   * ({@code @ExternalResult}), or gives it to the next poll ({@code @Polled}), moving the clock to
   * that poll.
   */
  public void complete(R result) {
    switch (method.path()) {
      case ASYNC_COMPLETION, EXTERNAL_RESULT -> this.<R>reply().complete(result);
      case POLLED -> answerNextPoll(result, null);
    }
  }

  /** {@link #complete(Object)} for a method that returns nothing. */
  public void complete() {
    if (!method.returnsVoid()) {
      throw new IllegalStateException(
          method.name()
              + " returns "
              + method.method().getReturnType().getSimpleName()
              + ": pass the result to complete(result)");
    }
    complete(null);
  }

  /**
   * Replies with a failure, as the external party would: fails the activity, delivers the failure
   * to the workflow's inbox (type: {@code failure}'s class name, or an {@code ApplicationFailure}'s
   * type), or makes the next poll fail for good.
   */
  public void fail(Exception failure) {
    Objects.requireNonNull(failure, "failure");
    switch (method.path()) {
      case ASYNC_COMPLETION, EXTERNAL_RESULT -> reply().fail(failure);
      case POLLED -> answerNextPoll(null, failure);
    }
  }

  /**
   * Heartbeats the activity with {@code details} ({@code @AsyncCompletable} only), which keeps it
   * past its heartbeat timeout.
   *
   * @throws dev.handback.runtime.ActivityCancellationRequestedException if the workflow asked to
   *     cancel the activity
   */
  public void heartbeat(Object details) {
    requirePath(ResultPath.ASYNC_COMPLETION, "heartbeat");
    reply().heartbeat(details);
  }

  /** Confirms that the work stopped after the workflow asked to cancel it. */
  public void reportCancellation(Object details) {
    requirePath(ResultPath.ASYNC_COMPLETION, "reportCancellation");
    reply().reportCancellation(details);
  }

  private <T> DeliveringReply<T> reply() {
    CompletionChannel channel = party.channel();
    if (method.path() == ResultPath.ASYNC_COMPLETION) {
      return DeliveringReply.toActivity(
          channel, method.key().orElseThrow(), workflowId, runId, activityId);
    }
    return DeliveringReply.to(
        channel,
        method.handle(
            new ReplyAddress.SignalAddress(workflowId, runId, method.signalName().orElseThrow())));
  }

  /**
   * Leaves {@code answer} for the stand-in's next poll and lets the clock skip until a poll took
   * it. The stand-in locks the clock again before that poll returns, so nothing after the answer is
   * skipped.
   */
  private void answerNextPoll(Object result, Exception failure) {
    PollDesk desk = PollDesk.get();
    if (desk.polls(runId, method.activityType()) == 0) {
      throw new IllegalStateException(
          method.describe()
              + " is polled by its own implementation in workflow '"
              + workflowId
              + "', so only that implementation can answer it: register StandIn.of("
              + method.activityInterface().getSimpleName()
              + ".class) for the test to answer its polls");
    }
    AtomicBoolean locked = new AtomicBoolean(true);
    Runnable relock =
        () -> {
          if (locked.compareAndSet(false, true)) {
            party.server().lock();
          }
        };
    PollDesk.Answer answer = new PollDesk.Answer(result, failure, relock);
    desk.leave(runId, method.activityType(), answer);
    boolean taken = false;
    try {
      locked.set(false);
      party.server().unlock();
      taken = answer.awaitTaken(party.patience().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (!taken && desk.withdraw(runId, method.activityType(), answer)) {
        relock.run();
      }
    }
    if (!taken && !answer.isTaken()) {
      relock.run();
      throw new AssertionError(
          "No poll of "
              + method.describe()
              + " in workflow '"
              + workflowId
              + "' took the answer within "
              + party.patience()
              + ": "
              + snapshot().describe());
    }
  }

  private void requirePath(ResultPath path, String operation) {
    if (method.path() != path) {
      throw new UnsupportedOperationException(
          method.describe()
              + " has no "
              + operation
              + ": only "
              + path.annotation()
              + " methods do");
    }
  }

  /**
   * When {@code timeout} ends, on the test server's clock, by the duration {@code FooOptions} (or
   * the inbox) declares and the moment the server counts it from.
   *
   * @throws IllegalArgumentException if the method's path has no such timeout
   * @throws IllegalStateException if the method declares none, or it no longer applies
   */
  public Instant deadline(Timeout timeout) {
    Duration declared = declared(timeout);
    RunSnapshot run = snapshot();
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
   * Moves the test server's clock to one second before {@code timeout} ends (for {@link
   * Timeout#GIVE_UP}, one poll interval and one second before), firing every timer on the way: the
   * method still waits.
   *
   * @throws IllegalStateException if the clock is already past that moment
   */
  public void advanceToJustBefore(Timeout timeout) {
    Instant deadline = deadline(timeout);
    Instant target = deadline.minus(JUST);
    if (timeout == Timeout.GIVE_UP) {
      target = target.minus(pollInterval());
    }
    Instant now = party.server().now();
    if (!now.isBefore(target)) {
      throw new IllegalStateException(
          "The test server's clock ("
              + now
              + ") is already past just before the "
              + timeout
              + " timeout of "
              + method.name()
              + ", which ends at "
              + deadline);
    }
    party.timeMachine().advanceTo(target);
  }

  /**
   * Moves the test server's clock to one second past {@code timeout}, firing every timer on the
   * way, so that Temporal (or the inbox) acts on the timeout.
   */
  public void advanceJustPast(Timeout timeout) {
    party.timeMachine().advanceTo(deadline(timeout).plus(JUST));
  }

  private Duration declared(Timeout timeout) {
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
    RetryOptions retry = method.declaredOptions().getRetryOptions();
    return retry == null || retry.getInitialInterval() == null
        ? Duration.ZERO
        : retry.getInitialInterval();
  }

  private PendingActivityInfo pending(RunSnapshot run) {
    return run.pendingActivity(activityId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The activity "
                        + activityId
                        + " of "
                        + method.name()
                        + " no longer waits, so its timeouts no longer apply: "
                        + run.describe()));
  }

  private Instant started(RunSnapshot run) {
    return TestServer.instant(pending(run).getLastStartedTime());
  }

  private Instant scheduledAt(RunSnapshot run) {
    return run.history().stream()
        .filter(event -> event.getEventId() == scheduledEventId)
        .findFirst()
        .map(event -> TestServer.instant(event.getEventTime()))
        .orElseThrow();
  }

  /**
   * When the workflow started waiting in its inbox: the timer {@code await()} starts with the
   * declared timeout, after the activity completed. Waits for it up to the party's patience.
   */
  private Instant inboxWaitStarted() {
    Duration timeout = method.inboxTimeout().orElseThrow();
    long deadline = System.nanoTime() + party.patience().toNanos();
    while (true) {
      RunSnapshot run = snapshot();
      Optional<HistoryEvent> timer =
          run.history().stream()
              .filter(event -> event.getEventId() > handedOffEventId)
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
      if (!run.isOpen() || System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Workflow '"
                + workflowId
                + "' has not started waiting in its inbox for "
                + method.name()
                + " (no timer of "
                + timeout
                + " after its activity completed): "
                + run.describe());
      }
      pause();
    }
  }

  /** The options the method's activity was scheduled with, as Temporal recorded them. */
  public ScheduledOptions scheduledOptions() {
    HistoryEvent scheduled =
        snapshot().history().stream()
            .filter(event -> event.getEventId() == scheduledEventId)
            .findFirst()
            .orElseThrow();
    ActivityTaskScheduledEventAttributes attributes =
        scheduled.getActivityTaskScheduledEventAttributes();
    RetryOptions.Builder retry = RetryOptions.newBuilder();
    if (attributes.hasRetryPolicy()) {
      var policy = attributes.getRetryPolicy();
      retry
          .setInitialInterval(TestServer.duration(policy.getInitialInterval()))
          .setBackoffCoefficient(policy.getBackoffCoefficient())
          .setMaximumInterval(TestServer.duration(policy.getMaximumInterval()))
          .setMaximumAttempts(policy.getMaximumAttempts())
          .setDoNotRetry(policy.getNonRetryableErrorTypesList().toArray(new String[0]));
    }
    return new ScheduledOptions(
        attributes.getActivityType().getName(),
        attributes.getTaskQueue().getName(),
        TestServer.duration(attributes.getStartToCloseTimeout()),
        TestServer.duration(attributes.getScheduleToCloseTimeout()),
        TestServer.duration(attributes.getScheduleToStartTimeout()),
        TestServer.duration(attributes.getHeartbeatTimeout()),
        retry.build());
  }

  /**
   * Checks that Temporal recorded every option {@code FooOptions} declares for the method, as
   * declared; an option it does not declare is Temporal's to choose.
   *
   * @throws AssertionError naming each option that differs
   */
  public void assertScheduledAsDeclared() {
    ActivityOptions declared = method.declaredOptions();
    ScheduledOptions recorded = scheduledOptions();
    List<String> differences = new ArrayList<>();
    compare(
        "start-to-close", declared.getStartToCloseTimeout(), recorded.startToClose(), differences);
    compare(
        "schedule-to-close",
        declared.getScheduleToCloseTimeout(),
        recorded.scheduleToClose(),
        differences);
    compare(
        "schedule-to-start",
        declared.getScheduleToStartTimeout(),
        recorded.scheduleToStart(),
        differences);
    compare("heartbeat", declared.getHeartbeatTimeout(), recorded.heartbeat(), differences);
    compare("task queue", declared.getTaskQueue(), recorded.taskQueue(), differences);
    RetryOptions retry = declared.getRetryOptions();
    if (retry != null) {
      RetryOptions got = recorded.retry();
      compare(
          "retry initial interval",
          retry.getInitialInterval(),
          got.getInitialInterval(),
          differences);
      compare(
          "retry backoff coefficient",
          retry.getBackoffCoefficient() == 0 ? null : retry.getBackoffCoefficient(),
          got.getBackoffCoefficient(),
          differences);
      compare(
          "retry maximum interval",
          retry.getMaximumInterval(),
          got.getMaximumInterval(),
          differences);
      compare(
          "retry maximum attempts",
          retry.getMaximumAttempts() == 0 ? null : retry.getMaximumAttempts(),
          got.getMaximumAttempts(),
          differences);
      compare(
          "retry doNotRetry",
          retry.getDoNotRetry() == null || retry.getDoNotRetry().length == 0
              ? null
              : List.of(retry.getDoNotRetry()),
          got.getDoNotRetry() == null ? List.of() : List.of(got.getDoNotRetry()),
          differences);
    }
    if (!differences.isEmpty()) {
      throw new AssertionError(
          method.name()
              + " in workflow '"
              + workflowId
              + "' was scheduled with other options than "
              + method.optionsClassName()
              + "."
              + method.method().getName()
              + "() declares: "
              + String.join("; ", differences)
              + ". Schedule it through "
              + method.optionsClassName()
              + ".newStub(), or with "
              + method.optionsClassName()
              + "."
              + method.method().getName()
              + "()");
    }
  }

  private static void compare(String what, Object declared, Object recorded, List<String> out) {
    if (declared != null && !declared.equals(recorded)) {
      out.add(what + " " + recorded + " (declared " + declared + ")");
    }
  }

  /**
   * Waits up to the party's patience until a reply reached this wait, checks that exactly one did
   * and that it was a result, and returns that result as Temporal recorded it. Use it when the
   * reply comes from your own code, such as the external system's client under test.
   *
   * @throws AssertionError if no reply came, more than one did ({@code @ExternalResult}: the inbox
   *     keeps the first), or the reply was a failure, a cancellation or a timeout
   */
  public R assertCompletedOnce() {
    long deadline = System.nanoTime() + party.patience().toNanos();
    while (true) {
      RunSnapshot run = snapshot();
      Reply<R> reply =
          method.path() == ResultPath.EXTERNAL_RESULT ? delivered(run) : completed(run);
      if (reply.arrived()) {
        return reply.result();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "No reply reached "
                + method.describe()
                + " in workflow '"
                + workflowId
                + "' within "
                + party.patience()
                + ": "
                + run.describe());
      }
      pause();
    }
  }

  /** Whether a reply arrived, and its result. */
  private record Reply<R>(boolean arrived, R result) {
    static <R> Reply<R> none() {
      return new Reply<>(false, null);
    }
  }

  /** The completed activity's result, once it completed. */
  private Reply<R> completed(RunSnapshot run) {
    Optional<HistoryEvent> closed = run.closeOf(scheduledEventId);
    if (closed.isEmpty()) {
      handOff.ifPresent(awaited -> requireSameAttempt(run, awaited));
      return Reply.none();
    }
    if (closed.get().getEventType() != EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
      throw new AssertionError(
          "The activity "
              + activityId
              + " of "
              + method.name()
              + " in workflow '"
              + workflowId
              + "' was not completed: it ended with "
              + eventName(closed.get()));
    }
    var attributes = closed.get().getActivityTaskCompletedEventAttributes();
    @SuppressWarnings("unchecked") // the data converter built it as the method's result type
    R result = (R) decode(attributes.hasResult() ? attributes.getResult() : null, resultType());
    return new Reply<>(true, result);
  }

  /** The attempt that handed off must still be the current one: no reply reached it otherwise. */
  private void requireSameAttempt(RunSnapshot run, HandOff awaited) {
    Optional<PendingActivityInfo> pending = run.pendingActivity(activityId);
    if (pending.isPresent() && pending.get().getAttempt() > awaited.attempt()) {
      throw new AssertionError(
          "Attempt "
              + awaited.attempt()
              + " of activity "
              + activityId
              + " of "
              + method.name()
              + " in workflow '"
              + workflowId
              + "' ended without being completed: Temporal retries it as attempt "
              + pending.get().getAttempt()
              + (pending.get().hasLastFailure()
                  ? " (last failure: " + pending.get().getLastFailure().getMessage() + ")"
                  : ""));
    }
  }

  /**
   * The result delivered by signal, once one was and the workflow took every signal sent so far: a
   * signal that arrives while a workflow task runs enters the history when that task completes.
   */
  private Reply<R> delivered(RunSnapshot run) {
    List<HistoryEvent> signals = run.signals(method.signalName().orElseThrow(), handedOffEventId);
    if (signals.isEmpty() || (run.isOpen() && run.hasWorkflowTaskInFlight())) {
      return Reply.none();
    }
    if (signals.size() > 1) {
      throw new AssertionError(
          "The result of "
              + method.name()
              + " reached workflow '"
              + workflowId
              + "' "
              + signals.size()
              + " times by signal '"
              + method.signalName().orElseThrow()
              + "'; the inbox kept the first");
    }
    var attributes = signals.get(0).getWorkflowExecutionSignaledEventAttributes();
    @SuppressWarnings("unchecked") // the data converter built it as ExternalOutcome<R>
    ExternalOutcome<R> outcome =
        (ExternalOutcome<R>)
            decode(
                attributes.hasInput() ? attributes.getInput() : null,
                new OutcomeType(resultType()));
    if (outcome == null || outcome.failed()) {
      throw new AssertionError(
          "The reply to "
              + method.name()
              + " in workflow '"
              + workflowId
              + "' was a failure: "
              + (outcome == null ? "empty" : outcome.failure()));
    }
    return new Reply<>(true, outcome.result());
  }

  private Type resultType() {
    return method.returnsVoid() ? Void.class : method.resultType();
  }

  private Object decode(Payloads payloads, Type type) {
    Class<?> raw =
        type instanceof ParameterizedType parameterized
            ? (Class<?>) parameterized.getRawType()
            : (Class<?>) type;
    return party.server().dataConverter().fromPayloads(0, Optional.ofNullable(payloads), raw, type);
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

  private RunSnapshot snapshot() {
    return RunSnapshot.take(party.server(), workflowId, runId).orElseThrow();
  }

  private static String eventName(HistoryEvent event) {
    return event.getEventType().name().substring("EVENT_TYPE_".length());
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting", e);
    }
  }

  /** The method, the workflow run and the activity; never a token. */
  @Override
  public String toString() {
    return "Awaiting["
        + method.describe()
        + " in workflow '"
        + workflowId
        + "', run "
        + runId
        + ", activity "
        + activityId
        + "]";
  }
}

package dev.handback.testing;

import dev.handback.internal.DeliveringReply;
import dev.handback.runtime.ReplyAddress;
import dev.handback.testing.internal.AnnotatedMethod;
import dev.handback.testing.internal.Deadlines;
import dev.handback.testing.internal.NextPoll;
import dev.handback.testing.internal.OptionsCheck;
import dev.handback.testing.internal.ReplyCheck;
import dev.handback.testing.internal.ResultPath;
import dev.handback.testing.internal.Wait;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One activity method of one workflow run that waits for its external party, found by {@link
 * ExternalParty#awaiting}: reply to it as that party would, move the clock across the timeouts
 * Handback declared for it, and check what Temporal recorded.
 *
 * <p>What "waiting" means depends on the method's path:
 *
 * <ul>
 *   <li>{@code @AsyncCompletable}: the activity handed off (its implementation called {@code
 *       FooAsync.m()}) and that attempt is still open; a reply completes it, by workflow, run and
 *       activity id.
 *   <li>{@code @ExternalResult}: the activity completed and no result has reached the workflow's
 *       inbox since; a reply is delivered by signal to that run.
 *   <li>{@code @Polled}: the activity was polled at least once and is still open; a reply is the
 *       answer its next poll gets, which only the kit's {@link StandIn} can give.
 * </ul>
 *
 * @param <R> the method's result type ({@code Void} for a method that returns nothing)
 */
public final class Awaiting<R> {
  private final ExternalParty party;
  private final Wait wait;

  Awaiting(ExternalParty party, Wait wait) {
    this.party = party;
    this.wait = wait;
  }

  /** The workflow that waits. */
  public String workflowId() {
    return wait.workflowId();
  }

  /** The run that waits. */
  public String runId() {
    return wait.runId();
  }

  /** The id of the method's activity in that run. */
  public String activityId() {
    return wait.activityId();
  }

  /**
   * The hand-off the activity made through {@code FooAsync}: always for {@code @AsyncCompletable};
   * for {@code @ExternalResult} when the implementation called {@code FooAsync.m()}; never for
   * {@code @Polled}.
   */
  public Optional<HandOff> handOff() {
    return wait.handOff();
  }

  /**
   * Replies with {@code result}, as the external party would: completes the activity
   * ({@code @AsyncCompletable}), delivers the result to the workflow's inbox
   * ({@code @ExternalResult}), or gives it to the next poll ({@code @Polled}), moving the clock to
   * that poll.
   *
   * @throws dev.handback.runtime.NoLongerWaitingException if the method no longer waits
   * @throws IllegalStateException if a {@code @Polled} method is not polled by the {@link StandIn}
   */
  public void complete(R result) {
    switch (method().path()) {
      case ASYNC_COMPLETION, EXTERNAL_RESULT -> this.<R>reply().complete(result);
      case POLLED -> nextPoll().answer(result, null);
    }
  }

  /** {@link #complete(Object)} for a method that returns nothing. */
  public void complete() {
    if (!method().returnsVoid()) {
      throw new IllegalStateException(
          method().name()
              + " returns "
              + method().method().getReturnType().getSimpleName()
              + ": pass the result to complete(result)");
    }
    complete(null);
  }

  /**
   * Replies with a failure, as the external party would: fails the activity, delivers the failure
   * to the workflow's inbox (of type {@code failure}'s class name, or an {@code
   * ApplicationFailure}'s type), or makes the next poll fail for good.
   */
  public void fail(Exception failure) {
    Objects.requireNonNull(failure, "failure");
    switch (method().path()) {
      case ASYNC_COMPLETION, EXTERNAL_RESULT -> reply().fail(failure);
      case POLLED -> nextPoll().answer(null, failure);
    }
  }

  /**
   * Heartbeats the activity with {@code details} ({@code @AsyncCompletable} only), which moves its
   * heartbeat timeout.
   *
   * @throws dev.handback.runtime.ActivityCancellationRequestedException if the workflow asked to
   *     cancel the activity
   */
  public void heartbeat(Object details) {
    requireAsyncCompletion("heartbeat");
    reply().heartbeat(details);
  }

  /**
   * Confirms that the work stopped after the workflow asked to cancel it ({@code @AsyncCompletable}
   * only).
   */
  public void reportCancellation(Object details) {
    requireAsyncCompletion("reportCancellation");
    reply().reportCancellation(details);
  }

  private <T> DeliveringReply<T> reply() {
    if (method().path() == ResultPath.ASYNC_COMPLETION) {
      return DeliveringReply.toActivity(
          party.channel(),
          method().key().orElseThrow(),
          wait.workflowId(),
          wait.runId(),
          wait.activityId());
    }
    return DeliveringReply.to(
        party.channel(),
        method()
            .handle(
                new ReplyAddress.SignalAddress(
                    wait.workflowId(), wait.runId(), method().signalName().orElseThrow())),
        method().activityType());
  }

  private NextPoll nextPoll() {
    return new NextPoll(party.server(), party.patience(), wait);
  }

  private void requireAsyncCompletion(String operation) {
    if (method().path() != ResultPath.ASYNC_COMPLETION) {
      throw new UnsupportedOperationException(
          method().describe() + " has no " + operation + ": only @AsyncCompletable methods do");
    }
  }

  /**
   * When {@code timeout} ends on the test server's clock: the duration {@code FooOptions} (or the
   * inbox) declares, from the moment the server counts it from.
   *
   * @throws IllegalArgumentException if the method's path has no such timeout
   * @throws IllegalStateException if the method declares none, or it no longer applies
   */
  public Instant deadline(Timeout timeout) {
    return deadlines().of(timeout);
  }

  /**
   * Moves the test server's clock to one second before {@code timeout} ends (for {@link
   * Timeout#GIVE_UP}, one poll interval and one second before), firing every timer on the way: the
   * method still waits.
   *
   * @throws IllegalStateException if the clock is already past that moment
   * @throws AssertionError if the clock did not get there within the patience
   */
  public void advanceToJustBefore(Timeout timeout) {
    party.timeMachine().advanceTo(deadlines().justBefore(timeout));
  }

  /**
   * Moves the test server's clock to one second past {@code timeout}, firing every timer on the
   * way, so that Temporal (or the inbox) has acted on the timeout.
   *
   * @throws AssertionError if the clock did not get there within the patience
   */
  public void advanceJustPast(Timeout timeout) {
    party.timeMachine().advanceTo(deadlines().justPast(timeout));
  }

  private Deadlines deadlines() {
    return new Deadlines(party.server(), party.patience(), wait);
  }

  /** The options the method's activity was scheduled with, as Temporal recorded them. */
  public ScheduledOptions scheduledOptions() {
    return new OptionsCheck(party.server(), wait).recorded();
  }

  /**
   * Checks that Temporal recorded every option {@code FooOptions} declares for the method, as
   * declared; an option it does not declare is Temporal's (or the workflow's stub's) to choose.
   *
   * @throws AssertionError naming each option that differs
   */
  public void assertScheduledAsDeclared() {
    new OptionsCheck(party.server(), wait).assertAsDeclared();
  }

  /**
   * Waits up to the party's patience until a reply reached this wait, checks that exactly one did
   * and that it was a result, and returns that result as Temporal recorded it. Use it when the
   * reply comes from your own code, such as the external system's client under test.
   *
   * @throws AssertionError if no reply came, more than one did ({@code @ExternalResult}: the inbox
   *     keeps the first), or the reply was a failure, a cancellation or a timeout
   */
  @SuppressWarnings("unchecked") // the data converter built it as the method's result type
  public R assertCompletedOnce() {
    return (R) new ReplyCheck(party.server(), party.patience(), wait).completedOnce();
  }

  private AnnotatedMethod method() {
    return wait.method();
  }

  /** The method, the workflow run and the activity; never a token. */
  @Override
  public String toString() {
    return "Awaiting[" + wait.describe() + "]";
  }
}

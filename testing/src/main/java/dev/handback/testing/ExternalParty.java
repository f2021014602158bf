package dev.handback.testing;

import dev.handback.internal.CompletionChannel;
import dev.handback.testing.internal.AnnotatedMethod;
import dev.handback.testing.internal.HandOffLog;
import dev.handback.testing.internal.TestServer;
import dev.handback.testing.internal.TimeMachine;
import dev.handback.testing.internal.WaitFinder;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.workflow.Functions;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The external party of a workflow test, on a {@link TestWorkflowEnvironment} with time skipping:
 * it waits until a method of the workflow waits for its external result, replies to it typed, and
 * moves the test server's clock across the timeouts Handback declared, although an activity that
 * waits for its external party stops Temporal's test server from skipping time by itself.
 *
 * <pre>{@code
 * ExternalParty external = ExternalParty.of(env);
 * WorkflowClient.start(workflow::review, document);
 * external.awaiting(ReviewActivities::requestReview, workflowId).complete(decision);
 * }</pre>
 *
 * <p>Works with a hand-built environment and with the one Temporal's {@code TestWorkflowExtension}
 * passes to a test method. It keeps nothing to close: it talks to the server through the
 * environment's own connection. Moving the clock needs Temporal's in-process test server (the
 * default); against an external service ({@code TestEnvironmentOptions.setUseExternalService})
 * replies work, time travel does not.
 */
// A method reference to a method that returns something is exact and fits Func better than Proc,
// as with Temporal's own WorkflowClient.start; lambdas, which could be ambiguous, are refused.
@SuppressWarnings("overloads")
public final class ExternalParty {
  /** How long {@link #awaiting} waits, in real time, unless told otherwise. */
  public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(10);

  private final TestServer server;
  private final Duration patience;
  private final CompletionChannel channel;

  private ExternalParty(TestServer server, Duration patience, CompletionChannel channel) {
    this.server = server;
    this.patience = patience;
    this.channel = channel;
  }

  /** The external party of the workflows in {@code env}. */
  public static ExternalParty of(TestWorkflowEnvironment env) {
    Objects.requireNonNull(env, "env");
    return new ExternalParty(
        new TestServer(env), DEFAULT_PATIENCE, CompletionChannel.of(env.getWorkflowClient()));
  }

  /**
   * The same party, waiting up to {@code patience} of real time for a workflow to wait, for a reply
   * to arrive, or for the clock to move, before it fails with what it found instead.
   */
  public ExternalParty withPatience(Duration patience) {
    if (patience.isNegative() || patience.isZero()) {
      throw new IllegalArgumentException("patience must be positive: " + patience);
    }
    return new ExternalParty(server, patience, channel);
  }

  /** How long this party waits, in real time. */
  public Duration patience() {
    return patience;
  }

  /**
   * Waits until {@code method} waits for its external result in the latest run of workflow {@code
   * workflowId} and returns that wait, to reply to:
   *
   * <pre>{@code
   * external.awaiting(ReviewActivities::requestReview, "review-1").complete(decision);
   * }</pre>
   *
   * Name the method by a method reference to its activity interface. Waiting does not move the test
   * server's clock (a workflow that sleeps first must be moved with {@link #advance}), except on
   * {@code @Polled} methods, whose reply moves it to the next poll.
   *
   * @throws AssertionError if the method does not wait within the patience, or the workflow closes
   *     first; the message says what the workflow is doing instead
   * @throws IllegalArgumentException if {@code method} is not a method reference to a method
   *     annotated for Handback
   */
  public <A, P1, R> Awaiting<R> awaiting(Functions.Func2<A, P1, R> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method with 0 parameters. */
  public <A, R> Awaiting<R> awaiting(Functions.Func1<A, R> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method with 2 parameters. */
  public <A, P1, P2, R> Awaiting<R> awaiting(
      Functions.Func3<A, P1, P2, R> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method with 3 parameters. */
  public <A, P1, P2, P3, R> Awaiting<R> awaiting(
      Functions.Func4<A, P1, P2, P3, R> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method with 4 parameters. */
  public <A, P1, P2, P3, P4, R> Awaiting<R> awaiting(
      Functions.Func5<A, P1, P2, P3, P4, R> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method with 5 parameters. */
  public <A, P1, P2, P3, P4, P5, R> Awaiting<R> awaiting(
      Functions.Func6<A, P1, P2, P3, P4, P5, R> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method that returns nothing. */
  public <A> Awaiting<Void> awaiting(Functions.Proc1<A> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method that returns nothing. */
  public <A, P1> Awaiting<Void> awaiting(Functions.Proc2<A, P1> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method that returns nothing. */
  public <A, P1, P2> Awaiting<Void> awaiting(Functions.Proc3<A, P1, P2> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method that returns nothing. */
  public <A, P1, P2, P3> Awaiting<Void> awaiting(
      Functions.Proc4<A, P1, P2, P3> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method that returns nothing. */
  public <A, P1, P2, P3, P4> Awaiting<Void> awaiting(
      Functions.Proc5<A, P1, P2, P3, P4> method, String workflowId) {
    return find(method, workflowId);
  }

  /** {@link #awaiting(Functions.Func2, String)} for a method that returns nothing. */
  public <A, P1, P2, P3, P4, P5> Awaiting<Void> awaiting(
      Functions.Proc6<A, P1, P2, P3, P4, P5> method, String workflowId) {
    return find(method, workflowId);
  }

  /**
   * Every hand-off the activities of workflow {@code workflowId} made in this environment, in every
   * run, oldest first: the handles they gave out.
   */
  public List<HandOff> handOffs(String workflowId) {
    Objects.requireNonNull(workflowId, "workflowId");
    Map<String, Boolean> runsHere = new HashMap<>();
    return HandOffLog.all(handOff -> handOff.workflowId().equals(workflowId)).stream()
        .filter(
            handOff ->
                runsHere.computeIfAbsent(
                    handOff.runId(), run -> server.describe(workflowId, run).isPresent()))
        .toList();
  }

  /**
   * Moves the test server's clock forward by {@code duration}, firing every timer on the way, as
   * {@code env.sleep(duration)} does, but also while activities wait for their external party. An
   * activity timeout on the way fires as Temporal would fire it.
   *
   * @throws AssertionError if the clock did not get there within the patience, because something
   *     else holds it still
   */
  public void advance(Duration duration) {
    timeMachine().advance(duration);
  }

  private <R> Awaiting<R> find(Serializable method, String workflowId) {
    return new Awaiting<>(
        this, new WaitFinder(server, patience).find(AnnotatedMethod.of(method), workflowId));
  }

  TestServer server() {
    return server;
  }

  CompletionChannel channel() {
    return channel;
  }

  TimeMachine timeMachine() {
    return new TimeMachine(server, patience);
  }
}

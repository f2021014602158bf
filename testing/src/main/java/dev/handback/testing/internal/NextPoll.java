package dev.handback.testing.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers the next poll of a {@code @Polled} method through the kit's stand-in: leaves the answer
 * on the {@link PollDesk} and lets the clock skip until a poll took it. The stand-in locks the
 * clock again before that poll returns, so nothing after the answer is skipped.
 */
public final class NextPoll {
  private final TestServer server;
  private final Duration patience;
  private final Wait wait;

  /** The next poll of {@code wait}; waits up to {@code patience} of real time for it. */
  public NextPoll(TestServer server, Duration patience, Wait wait) {
    this.server = server;
    this.patience = patience;
    this.wait = wait;
  }

  /**
   * Gives the next poll {@code result}, or makes it fail for good with {@code failure} when that is
   * not null.
   *
   * @throws IllegalStateException if the method's polls are not answered by the stand-in
   * @throws AssertionError if no poll took the answer within the patience
   */
  public void answer(Object result, Exception failure) {
    String activityType = wait.method().activityType();
    PollDesk desk = PollDesk.get();
    if (desk.polls(wait.runId(), activityType) == 0) {
      throw new IllegalStateException(
          wait.method().describe()
              + " is polled by its own implementation in workflow '"
              + wait.workflowId()
              + "', so only that implementation can answer it: register StandIn.of("
              + wait.method().activityInterface().getSimpleName()
              + ".class) for the test to answer its polls");
    }
    AtomicBoolean relocked = new AtomicBoolean(true);
    Runnable relock =
        () -> {
          if (relocked.compareAndSet(false, true)) {
            server.lock();
          }
        };
    PollDesk.Answer answer = new PollDesk.Answer(result, failure, relock);
    desk.leave(wait.runId(), activityType, answer);
    boolean taken = false;
    try {
      relocked.set(false);
      server.unlock();
      taken = answer.awaitTaken(patience.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (!taken && desk.withdraw(wait.runId(), activityType, answer)) {
        relock.run();
      }
    }
    if (!taken && !answer.isTaken()) {
      relock.run();
      throw new AssertionError(
          "No poll of "
              + wait.method().describe()
              + " in workflow '"
              + wait.workflowId()
              + "' took the answer within "
              + patience
              + ": "
              + wait.snapshot(server).describe());
    }
  }
}

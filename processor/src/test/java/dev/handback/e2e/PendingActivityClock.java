package dev.handback.e2e;

import io.temporal.api.testservice.v1.LockTimeSkippingRequest;
import io.temporal.api.testservice.v1.UnlockTimeSkippingRequest;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;

/**
 * Moves the in-process test server's clock while an asynchronously completed activity waits.
 *
 * <p>The test server holds a time-skipping lock for every scheduled activity until the activity
 * ends, so that timeouts do not fire while activity code runs in real time. An activity that
 * completes asynchronously keeps that lock while it waits for its external party, and {@code
 * TestWorkflowEnvironment.sleep} then waits in real time. This clock lifts one lock for the
 * duration of the skip and takes it back afterwards.
 *
 * <p>When the activity itself times out during the skip, the server releases the activity's lock
 * too and logs "Unbalanced lock and unlock calls"; it goes on working, and the test that crosses
 * such a timeout ({@code sevenDayStartToCloseIsReallyApplied}) ends right after.
 */
final class PendingActivityClock implements AutoCloseable {
  private final TestWorkflowEnvironment env;
  private final TestServiceStubs testService;

  PendingActivityClock(TestWorkflowEnvironment env) {
    this.env = env;
    this.testService =
        TestServiceStubs.newServiceStubs(
            TestServiceStubsOptions.newBuilder(env.getWorkflowServiceStubs().getOptions())
                .validateAndBuildWithDefaults());
  }

  /** Advances the server's clock by {@code duration}, firing every timer on the way. */
  void advance(Duration duration) {
    testService.blockingStub().unlockTimeSkipping(UnlockTimeSkippingRequest.getDefaultInstance());
    try {
      env.sleep(duration);
    } finally {
      testService.blockingStub().lockTimeSkipping(LockTimeSkippingRequest.getDefaultInstance());
    }
  }

  @Override
  public void close() {
    testService.shutdownNow();
  }
}

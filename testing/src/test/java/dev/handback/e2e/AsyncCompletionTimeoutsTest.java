package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.e2e.ReviewActivitiesCompleter.AwaitSignatureHandle;
import dev.handback.e2e.ReviewActivitiesCompleter.RequestReviewHandle;
import dev.handback.e2e.ReviewWorkflow.Step;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.testing.Awaiting;
import dev.handback.testing.ExternalParty;
import dev.handback.testing.Timeout;
import io.temporal.api.enums.v1.TimeoutType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.TimeoutFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tests of {@code AsyncCompletionEndToEndTest} that move the test server's clock while an
 * {@code @AsyncCompletable} activity waits for its external party, on the test kit: the timeouts
 * come from the generated {@code ReviewActivitiesOptions}, the clock is moved across them although
 * the waiting activity holds the server's time-skipping lock.
 */
class AsyncCompletionTimeoutsTest {
  private static final String QUEUE = "reviews";
  private static final Document DOCUMENT = new Document("doc-7", "Annual report");
  private static final Decision APPROVED = new Decision(true, "ada", "ship it");

  private TestWorkflowEnvironment env;
  private ReviewActivitiesImpl activities;
  private ReviewActivitiesCompleter completer;
  private ExternalParty external;

  @BeforeEach
  void startEnvironment() {
    env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(ReviewWorkflow.Impl.class);
    activities = new ReviewActivitiesImpl();
    worker.registerActivitiesImplementations(activities);
    env.start();
    completer = new ReviewActivitiesCompleter(env.getWorkflowClient());
    external = ExternalParty.of(env);
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  private WorkflowStub start(Step step, String workflowId) {
    ReviewWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                ReviewWorkflow.class,
                WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(workflowId).build());
    WorkflowClient.start(workflow::run, step, DOCUMENT);
    return WorkflowStub.fromTyped(workflow);
  }

  @Test
  void declaredOptionsReachTheActivity() throws Exception {
    start(Step.REVIEW, "review-options");
    HandOff review = activities.outbox.next();
    start(Step.SIGN, "sign-options");
    HandOff signature = activities.outbox.next();

    external
        .awaiting(ReviewActivities::requestReview, "review-options")
        .assertScheduledAsDeclared();
    external.awaiting(ReviewActivities::awaitSignature, "sign-options").assertScheduledAsDeclared();
    assertEquals(Duration.ofHours(1), review.heartbeat());
    assertEquals(
        Duration.ZERO, signature.heartbeat(), "one method's heartbeat leaks into another's");
  }

  @Test
  void heartbeatsKeepTheActivityAliveAcrossHours() throws Exception {
    WorkflowStub workflow = start(Step.REVIEW, "review-heartbeat");
    RequestReviewHandle handle = RequestReviewHandle.parse(activities.outbox.next().handle());
    Awaiting<Decision> review =
        external.awaiting(ReviewActivities::requestReview, "review-heartbeat");

    long start = env.currentTimeMillis();
    for (int i = 0; i < 5; i++) {
      review.advanceToJustBefore(Timeout.HEARTBEAT);
      completer.requestReview(handle).heartbeat("page " + i);
    }
    assertTrue(
        env.currentTimeMillis() - start >= Duration.ofHours(4).toMillis(),
        "the clock did not move across four heartbeat timeouts");
    completer.requestReview(handle).complete(APPROVED);

    assertEquals(APPROVED, workflow.getResult(Decision.class));
    assertTrue(activities.outbox.isEmpty(), "the activity was retried although it heartbeat");
  }

  @Test
  void sevenDayStartToCloseIsReallyApplied() throws Exception {
    WorkflowStub workflow = start(Step.SIGN, "sign-week");
    AwaitSignatureHandle handle = AwaitSignatureHandle.parse(activities.outbox.next().handle());
    Awaiting<Void> signature = external.awaiting(ReviewActivities::awaitSignature, "sign-week");

    signature.advanceToJustBefore(Timeout.START_TO_CLOSE);
    assertEquals(
        WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING, workflow.describe().getStatus());
    signature.advanceJustPast(Timeout.START_TO_CLOSE);

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Void.class));
    TimeoutFailure timeout = assertInstanceOf(TimeoutFailure.class, failed.getCause().getCause());
    assertEquals(TimeoutType.TIMEOUT_TYPE_START_TO_CLOSE, timeout.getTimeoutType());
    assertThrows(
        ActivityNoLongerWaitingException.class, () -> completer.awaitSignature(handle).complete());
  }
}

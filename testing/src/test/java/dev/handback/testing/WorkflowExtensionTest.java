package dev.handback.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handback.testing.DeskActivities.Verdict;
import dev.handback.testing.DeskWorkflow.Step;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The kit with Temporal's JUnit 5 TestWorkflowExtension, which builds the environment, registers
 * the workflow and the stand-in, and passes the environment and a workflow stub to each test.
 */
class WorkflowExtensionTest {
  @RegisterExtension
  static final TestWorkflowExtension TEMPORAL =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(DeskWorkflow.Impl.class)
          .setActivityImplementations(StandIn.of(DeskActivities.class, new DeskActivitiesImpl()))
          .build();

  @Test
  void replyToAHandedOffActivity(TestWorkflowEnvironment env, DeskWorkflow workflow) {
    WorkflowExecution execution = WorkflowClient.start(workflow::run, Step.REVIEW, "doc-1");

    ExternalParty.of(env)
        .awaiting(DeskActivities::review, execution.getWorkflowId())
        .complete(new Verdict(false, "bob"));

    assertEquals("rejected by bob", WorkflowStub.fromTyped(workflow).getResult(String.class));
  }

  @Test
  void aVoidMethodCompletesWithoutAResult(TestWorkflowEnvironment env, DeskWorkflow workflow) {
    WorkflowExecution execution = WorkflowClient.start(workflow::run, Step.ARCHIVE, "doc-1");

    ExternalParty.of(env).awaiting(DeskActivities::archive, execution.getWorkflowId()).complete();

    assertEquals("archived", WorkflowStub.fromTyped(workflow).getResult(String.class));
  }

  @Test
  void aFailureDeliveredToTheInboxFailsTheWorkflow(
      TestWorkflowEnvironment env, DeskWorkflow workflow) {
    WorkflowExecution execution = WorkflowClient.start(workflow::run, Step.SIGN, "doc-1");

    ExternalParty.of(env)
        .awaiting(DeskActivities::sign, execution.getWorkflowId())
        .fail(new IllegalStateException("no signatory"));

    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class,
            () -> WorkflowStub.fromTyped(workflow).getResult(String.class));
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals(IllegalStateException.class.getName(), cause.getType());
    assertEquals("no signatory", cause.getOriginalMessage());
  }

  @Test
  void aFailedPollEndsThePolling(TestWorkflowEnvironment env, DeskWorkflow workflow) {
    WorkflowExecution execution = WorkflowClient.start(workflow::run, Step.PUBLISH, "doc-1");

    ExternalParty.of(env)
        .awaiting(DeskActivities::publicationUrl, execution.getWorkflowId())
        .fail(new IllegalStateException("withdrawn"));

    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class,
            () -> WorkflowStub.fromTyped(workflow).getResult(String.class));
    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, activity.getCause());
    assertEquals(IllegalStateException.class.getName(), cause.getType());
  }

  @Test
  void theOtherMethodsRunTheGivenImplementation(DeskWorkflow workflow) {
    assertEquals("Title of doc-1", workflow.run(Step.TITLE, "doc-1"));
  }
}

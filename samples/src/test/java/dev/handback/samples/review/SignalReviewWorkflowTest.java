package dev.handback.samples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handback.runtime.ExternalResultSlot;
import dev.handback.testing.ExternalParty;
import dev.handback.testing.StandIn;
import dev.handback.testing.Timeout;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignalReviewWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension TEMPORAL =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(SignalReviewWorkflow.Impl.class)
          .setActivityImplementations(
              StandIn.of(SignalReviewActivities.class),
              StandIn.of(SearchIndexActivities.class),
              new PublishingActivitiesImpl())
          .build();

  @Test
  void withoutADecisionTheReviewFailsAfterAWeek(
      TestWorkflowEnvironment env, SignalReviewWorkflow workflow) {
    String id =
        WorkflowClient.start(workflow::review, ReviewSample.DOCUMENTS.get(0)).getWorkflowId();

    ExternalParty.of(env)
        .awaiting(SignalReviewActivities::submitForReview, id)
        .advanceJustPast(Timeout.INBOX);

    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class,
            () -> WorkflowStub.fromTyped(workflow).getResult(ReviewOutcome.class));
    assertEquals(
        ExternalResultSlot.TIMEOUT_TYPE, ((ApplicationFailure) failed.getCause()).getType());
  }
}

package dev.handback.samples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handback.testing.Awaiting;
import dev.handback.testing.ExternalParty;
import dev.handback.testing.StandIn;
import dev.handback.testing.Timeout;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DocumentReviewWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension TEMPORAL =
      TestWorkflowExtension.newBuilder()
          .registerWorkflowImplementationTypes(DocumentReviewWorkflowImpl.class)
          .setActivityImplementations(
              StandIn.of(ReviewActivities.class), new PublishingActivitiesImpl())
          .build();

  @Test
  void anApprovedDocumentIsPublished(TestWorkflowEnvironment env, DocumentReviewWorkflow workflow) {
    String id =
        WorkflowClient.start(workflow::review, ReviewSample.DOCUMENTS.get(0)).getWorkflowId();
    Awaiting<ReviewDecision> review =
        ExternalParty.of(env).awaiting(ReviewActivities::requestReview, id);

    review.advanceToJustBefore(Timeout.HEARTBEAT); // 59:59 into the review, no heartbeat yet
    review.heartbeat("page 3 of 12");
    review.complete(new ReviewDecision(true, "Ada", ""));

    ReviewOutcome outcome = WorkflowStub.fromTyped(workflow).getResult(ReviewOutcome.class);
    assertEquals(ReviewOutcome.Status.PUBLISHED, outcome.status());
  }
}

package dev.handback.samples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handback.testing.ExternalParty;
import dev.handback.testing.StandIn;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchIndexPollingTest {
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
  void aPublishedDocumentIsPolledUntilTheIndexHasIt(
      TestWorkflowEnvironment env, SignalReviewWorkflow workflow) {
    String id =
        WorkflowClient.start(workflow::review, ReviewSample.DOCUMENTS.get(0)).getWorkflowId();
    ExternalParty external = ExternalParty.of(env);

    external
        .awaiting(SignalReviewActivities::submitForReview, id)
        .complete(new ReviewDecision(true, "Ada", ""));
    external
        .awaiting(SearchIndexActivities::searchUrl, id)
        .complete("https://search.example.com/DOC-1");

    ReviewOutcome outcome = WorkflowStub.fromTyped(workflow).getResult(ReviewOutcome.class);
    assertEquals(ReviewOutcome.Status.PUBLISHED, outcome.status());
  }
}

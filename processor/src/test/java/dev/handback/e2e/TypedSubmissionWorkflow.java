package dev.handback.e2e;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.runtime.ExternalOutcome;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * A workflow whose interface extends the generated signals, so clients can signal it through a
 * typed stub; its implementation forwards the signal to an inbox made with {@code create()}.
 */
@WorkflowInterface
public interface TypedSubmissionWorkflow extends SubmissionActivitiesSignals {

  @WorkflowMethod
  Decision run(Document document);

  /** The implementation. */
  final class Impl implements TypedSubmissionWorkflow {
    private final SubmissionActivitiesInbox inbox = SubmissionActivitiesInbox.create();

    @Override
    public Decision run(Document document) {
      SubmissionActivitiesOptions.newStub().submitForReview(document);
      return inbox.submitForReview().await();
    }

    @Override
    public void submitForReviewResult(ExternalOutcome<Decision> outcome) {
      inbox.submitForReviewResult(outcome);
    }

    @Override
    public void archiveResult(ExternalOutcome<Void> outcome) {
      inbox.archiveResult(outcome);
    }
  }
}

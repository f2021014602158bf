package dev.handback.e2e;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/** Runs one of the {@link SubmissionActivities} and waits for its result. */
@WorkflowInterface
public interface SubmissionWorkflow {

  /** What the workflow does. */
  enum Step {
    /** Submits and waits for the decision at once. */
    SUBMIT,
    /** Submits, works for an hour, and only then waits for the decision. */
    SUBMIT_THEN_WAIT_LATER,
    /** Archives and waits for the confirmation. */
    ARCHIVE,
    /** Polls until the document is published. */
    POLL
  }

  @WorkflowMethod
  Decision run(Step step, Document document);

  /** The implementation: the generated stub and inbox, no signal method of its own. */
  final class Impl implements SubmissionWorkflow {
    @Override
    public Decision run(Step step, Document document) {
      SubmissionActivitiesInbox inbox = SubmissionActivitiesInbox.register();
      SubmissionActivities activities = SubmissionActivitiesOptions.newStub();
      switch (step) {
        case SUBMIT:
          activities.submitForReview(document);
          return inbox.submitForReview().await();
        case SUBMIT_THEN_WAIT_LATER:
          activities.submitForReview(document);
          Workflow.sleep(Duration.ofHours(1));
          return inbox.submitForReview().await();
        case ARCHIVE:
          activities.archive(document.id());
          inbox.archive().await();
          return new Decision(true, "archive", "archived");
        default:
          return new Decision(true, "poller", activities.publicationStatus(document.id()));
      }
    }
  }
}

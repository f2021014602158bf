package dev.handback.e2e;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Runs one of the {@link ReviewActivities} through the generated stub. */
@WorkflowInterface
public interface ReviewWorkflow {

  /** Which activity the workflow calls. */
  enum Step {
    REVIEW,
    APPROVAL,
    BUSY_DESK,
    SIGN,
    QUICK_CHECK,
    MISUSE
  }

  @WorkflowMethod
  Decision run(Step step, Document document);

  /** The implementation: one activity call through {@link ReviewActivitiesOptions#newStub()}. */
  final class Impl implements ReviewWorkflow {
    private final ReviewActivities activities = ReviewActivitiesOptions.newStub();

    @Override
    public Decision run(Step step, Document document) {
      switch (step) {
        case REVIEW:
          return activities.requestReview(document);
        case APPROVAL:
          return activities.requestApproval(document);
        case BUSY_DESK:
          return activities.askBusyDesk(document);
        case QUICK_CHECK:
          return activities.quickCheck(document);
        case SIGN:
          activities.awaitSignature(document.id());
          return null;
        default:
          return activities.misuseHandoff(document);
      }
    }
  }
}

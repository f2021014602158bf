package dev.handback.maven.proof;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Asks for a review and returns the verdict. */
@WorkflowInterface
public interface ReviewWorkflow {

  @WorkflowMethod
  Verdict review(String documentId);

  /** Calls the activity through the generated options. */
  final class Impl implements ReviewWorkflow {
    private final ProofActivities activities = ProofActivitiesOptions.newStub();

    @Override
    public Verdict review(String documentId) {
      return activities.review(documentId);
    }
  }
}

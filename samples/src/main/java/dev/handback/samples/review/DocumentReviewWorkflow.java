package dev.handback.samples.review;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Takes a document through review: publishes it when approved, returns it to its author if not. */
@WorkflowInterface
public interface DocumentReviewWorkflow {

  /**
   * Reviews {@code document}, waiting up to a week for the review desk, and acts on the decision.
   */
  @WorkflowMethod
  ReviewOutcome review(Document document);
}

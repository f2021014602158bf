package dev.handback.samples.springboot;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Publishes a document once the desk approved it. */
@WorkflowInterface
public interface DocumentReviewWorkflow {
  @WorkflowMethod
  ReviewDecision review(Document document);
}

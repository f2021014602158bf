package dev.handback.samples.springboot;

import io.temporal.spring.boot.WorkflowImpl;

/** Waits for the desk, up to the seven days the annotation gives. */
@WorkflowImpl(taskQueues = ReviewDeskApplication.TASK_QUEUE)
public class DocumentReviewWorkflowImpl implements DocumentReviewWorkflow {
  private final ReviewActivities reviews = ReviewActivitiesOptions.newStub();

  @Override
  public ReviewDecision review(Document document) {
    return reviews.requestReview(document);
  }
}

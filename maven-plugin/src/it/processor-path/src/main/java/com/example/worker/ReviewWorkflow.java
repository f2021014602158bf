package com.example.worker;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Reviews a document, escalates a rejection, and waits until it is archived. */
@WorkflowInterface
public interface ReviewWorkflow {
  /** The final decision. */
  @WorkflowMethod
  Decision run(Document document);

  /** The workflow, with the generated options and inbox. */
  final class Impl implements ReviewWorkflow {
    @Override
    public Decision run(Document document) {
      ReviewActivitiesInbox inbox = ReviewActivitiesInbox.register();
      ReviewActivities activities = ReviewActivitiesOptions.newStub();
      Decision decision = activities.review(document);
      if (!decision.approved()) {
        activities.escalate(document);
        decision = inbox.escalate().await();
      }
      activities.archived(document.id());
      return decision;
    }
  }
}

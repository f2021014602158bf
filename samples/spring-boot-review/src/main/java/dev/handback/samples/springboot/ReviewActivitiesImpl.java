package dev.handback.samples.springboot;

import io.temporal.spring.boot.ActivityImpl;
import org.springframework.stereotype.Component;

/** Hands the document to the desk with the handle it replies with, and returns. */
@Component
@ActivityImpl(taskQueues = ReviewDeskApplication.TASK_QUEUE)
public class ReviewActivitiesImpl implements ReviewActivities {
  private final DeskInbox inbox;

  public ReviewActivitiesImpl(DeskInbox inbox) {
    this.inbox = inbox;
  }

  @Override
  public ReviewDecision requestReview(Document document) {
    inbox.deliver(document, ReviewActivitiesAsync.requestReview().encode());
    return null; // the activity completes when the desk replies
  }
}

package dev.handback.samples.review;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.unsafe.WorkflowUnsafe;
import java.time.Duration;

/** The review process; Temporal keeps its state while the review desk takes its time. */
public final class DocumentReviewWorkflowImpl implements DocumentReviewWorkflow {
  // The options @AsyncCompletable declares: a week to decide, a heartbeat at least every hour.
  private final ReviewActivities reviews = ReviewActivitiesOptions.newStub();
  private final PublishingActivities publishing =
      Workflow.newActivityStub(
          PublishingActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

  @Override
  public ReviewOutcome review(Document document) {
    say(
        "asks for a review of "
            + document.id()
            + " and waits up to "
            + ReviewActivitiesOptions.requestReview().getStartToCloseTimeout().toDays()
            + " days");
    ReviewDecision decision = reviews.requestReview(document);
    say("requestReview returned " + decision);
    if (decision.approved()) {
      publishing.publish(document);
      return new ReviewOutcome(document.id(), ReviewOutcome.Status.PUBLISHED, decision);
    }
    publishing.returnToAuthor(document, decision.comment());
    return new ReviewOutcome(document.id(), ReviewOutcome.Status.RETURNED_TO_AUTHOR, decision);
  }

  // Workflow code runs again whenever Temporal replays its history: say each step only once.
  private static void say(String message) {
    if (!WorkflowUnsafe.isReplaying()) {
      Narrator.workflow(message);
    }
  }
}

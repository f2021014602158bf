package dev.handback.samples.review;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import io.temporal.workflow.unsafe.WorkflowUnsafe;
import java.time.Duration;

/** The review by signal, then a poll of the search index for a published document. */
@WorkflowInterface
public interface SignalReviewWorkflow {

  /** Reviews {@code document}, waiting up to a week for the decision by signal. */
  @WorkflowMethod
  ReviewOutcome review(Document document);

  /** The implementation: the interface needs no signal method, the generated inbox listens. */
  final class Impl implements SignalReviewWorkflow {
    private final SignalReviewActivitiesInbox inbox = SignalReviewActivitiesInbox.register();
    private final SignalReviewActivities reviews = SignalReviewActivitiesOptions.newStub();
    private final SearchIndexActivities index = SearchIndexActivitiesOptions.newStub();
    private final PublishingActivities publishing =
        Workflow.newActivityStub(
            PublishingActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

    @Override
    public ReviewOutcome review(Document document) {
      reviews.submitForReview(document);
      say("submitForReview completed; waits in the inbox for the decision");
      ReviewDecision decision = inbox.submitForReview().await();
      say("the inbox delivered " + decision);
      if (!decision.approved()) {
        publishing.returnToAuthor(document, decision.comment());
        return new ReviewOutcome(document.id(), ReviewOutcome.Status.RETURNED_TO_AUTHOR, decision);
      }
      publishing.publish(document);
      say("polls the search index until " + document.id() + " is findable");
      say("search URL: " + index.searchUrl(document.id()));
      return new ReviewOutcome(document.id(), ReviewOutcome.Status.PUBLISHED, decision);
    }

    private static void say(String message) {
      if (!WorkflowUnsafe.isReplaying()) {
        Narrator.workflow(message);
      }
    }
  }
}

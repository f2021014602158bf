package dev.handback.samples.review;

import dev.handback.samples.review.ReviewActivitiesCompleter.RequestReviewHandle;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;

/**
 * Hands each review request to the review desk and returns at once; the activity stays open until
 * the desk replies through its handle.
 */
public final class ReviewActivitiesImpl implements ReviewActivities {
  private final BlockingQueue<ReviewTicket> deskInbox;

  /** Sends review requests to {@code deskInbox}, where the {@link ReviewDesk} picks them up. */
  public ReviewActivitiesImpl(BlockingQueue<ReviewTicket> deskInbox) {
    this.deskInbox = Objects.requireNonNull(deskInbox, "deskInbox");
  }

  @Override
  public ReviewDecision requestReview(Document document) {
    RequestReviewHandle handle = ReviewActivitiesAsync.requestReview();
    String encoded = handle.encode();
    Narrator.activity("requestReview(" + document.id() + ") hands off: got " + handle);
    Narrator.activity("sends the encoded handle to the review desk: " + Narrator.shorten(encoded));
    deskInbox.add(new ReviewTicket(document, encoded));
    Narrator.activity("returns without a result; the activity stays open for the desk's reply");
    // Ignored: ReviewActivitiesAsync.requestReview() told Temporal not to complete on return.
    return null;
  }
}

package dev.handback.samples.review;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;

/** Hands the ticket to the desk and completes: the decision does not come back through here. */
public final class SignalReviewActivitiesImpl implements SignalReviewActivities {
  private final BlockingQueue<ReviewTicket> deskInbox;

  /** Sends review requests to {@code deskInbox}. */
  public SignalReviewActivitiesImpl(BlockingQueue<ReviewTicket> deskInbox) {
    this.deskInbox = Objects.requireNonNull(deskInbox, "deskInbox");
  }

  @Override
  public ReviewDecision submitForReview(Document document) {
    String encoded = SignalReviewActivitiesAsync.submitForReview().encode();
    Narrator.activity(
        "submitForReview("
            + document.id()
            + ") sends a signal handle: "
            + Narrator.shorten(encoded));
    deskInbox.add(new ReviewTicket(document, encoded));
    Narrator.activity("completes now; the decision will come to the workflow by signal");
    return null; // not the result: that arrives in the workflow's inbox
  }
}

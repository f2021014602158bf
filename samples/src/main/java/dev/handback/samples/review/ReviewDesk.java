package dev.handback.samples.review;

import dev.handback.runtime.ActivityCancellationRequestedException;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.CompletionReply;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.samples.review.ReviewActivitiesCompleter.RequestReviewHandle;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The review team's own system, outside any Temporal worker: it takes review tickets from its inbox
 * on its own thread, reviews the document, and replies to the waiting activity through {@link
 * ReviewActivitiesCompleter}, knowing nothing but the encoded handle on the ticket.
 *
 * <p>Its reviewer approves a document unless its text still holds a {@code TODO}.
 */
public final class ReviewDesk implements AutoCloseable {
  private final ReviewActivitiesCompleter completer;
  private final BlockingQueue<ReviewTicket> inbox;
  private final String reviewer;
  private final Duration reviewTime;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "review-desk"));

  private ReviewDesk(
      WorkflowClient client,
      BlockingQueue<ReviewTicket> inbox,
      String reviewer,
      Duration reviewTime) {
    this.completer = new ReviewActivitiesCompleter(client);
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    this.reviewer = Objects.requireNonNull(reviewer, "reviewer");
    this.reviewTime = Objects.requireNonNull(reviewTime, "reviewTime");
  }

  /**
   * Opens the desk: from now on {@code reviewer} works through the tickets arriving in {@code
   * inbox}, spending {@code reviewTime} on each, and replies through {@code client}.
   */
  public static ReviewDesk open(
      WorkflowClient client,
      BlockingQueue<ReviewTicket> inbox,
      String reviewer,
      Duration reviewTime) {
    ReviewDesk desk = new ReviewDesk(client, inbox, reviewer, reviewTime);
    desk.thread.execute(desk::serve);
    return desk;
  }

  /** Who reviews the documents. */
  public String reviewer() {
    return reviewer;
  }

  /** Closes the desk: stops waiting for tickets and abandons a review under way. */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("The review desk did not close within 10 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve() {
    try {
      while (true) {
        handle(inbox.take());
      }
    } catch (InterruptedException closed) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(ReviewTicket ticket) throws InterruptedException {
    Document document = ticket.document();
    Narrator.desk(
        "ticket for " + document.id() + ", reply handle " + Narrator.shorten(ticket.replyHandle()));
    RequestReviewHandle handle;
    try {
      handle = RequestReviewHandle.parse(ticket.replyHandle());
    } catch (InvalidHandleException e) {
      Narrator.desk("unusable handle (" + e.reason() + "), ticket dropped");
      return;
    }
    Narrator.desk("parsed " + handle);
    CompletionReply<ReviewDecision> reply = completer.requestReview(handle);
    try {
      reply.heartbeat("reviewing");
      Narrator.desk(
          reviewer + " is reviewing \"" + document.title() + "\"; heartbeat(\"reviewing\") sent");
      Thread.sleep(reviewTime.toMillis());
      ReviewDecision decision = review(document);
      Narrator.desk("complete(" + decision + ")");
      reply.complete(decision);
    } catch (ActivityCancellationRequestedException e) {
      Narrator.desk("the workflow cancelled the review of " + document.id() + "; confirming");
      reply.reportCancellation();
    } catch (ActivityNoLongerWaitingException e) {
      Narrator.desk("nobody waits for the review of " + document.id() + " any more");
    }
  }

  private ReviewDecision review(Document document) {
    return decide(document, reviewer);
  }

  /** What {@code reviewer} decides: approved unless the text still holds a {@code TODO}. */
  static ReviewDecision decide(Document document, String reviewer) {
    if (document.text().contains("TODO")) {
      return new ReviewDecision(false, reviewer, "Please resolve the TODOs before publishing.");
    }
    return new ReviewDecision(true, reviewer, "");
  }
}

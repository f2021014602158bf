package com.example.worker;

import io.temporal.client.WorkflowClient;

/** The external team's side: it replies through the generated completer. */
public final class ReviewDesk {
  private final ReviewActivitiesCompleter completer;

  /** A desk that replies through {@code client}. */
  public ReviewDesk(WorkflowClient client) {
    this.completer = new ReviewActivitiesCompleter(client);
  }

  /** Replies to a review request. */
  public void reviewed(String handle, Decision decision) {
    completer.review(ReviewActivitiesCompleter.ReviewHandle.parse(handle)).complete(decision);
  }

  /** Replies to an escalation. */
  public void escalated(String handle, Decision decision) {
    completer.escalate(ReviewActivitiesCompleter.EscalateHandle.parse(handle)).complete(decision);
  }
}

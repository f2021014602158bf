package dev.handback.e2e;

/** What the external reviewer fails a review with; not retried (see {@link ReviewActivities}). */
public final class ReviewRejected extends Exception {
  private static final long serialVersionUID = 1L;

  public ReviewRejected(String message) {
    super(message);
  }
}

package dev.handback.samples.review;

/**
 * The result of a {@link DocumentReviewWorkflow}: what happened to the document, and why.
 *
 * @param documentId the reviewed document
 * @param status where the document went
 * @param decision the review desk's decision it went there on
 */
public record ReviewOutcome(String documentId, Status status, ReviewDecision decision) {

  /** Where a reviewed document went. */
  public enum Status {
    /** Approved and published. */
    PUBLISHED,
    /** Rejected and sent back to its author with the reviewer's comment. */
    RETURNED_TO_AUTHOR
  }
}

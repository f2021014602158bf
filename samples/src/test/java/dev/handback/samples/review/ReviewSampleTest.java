package dev.handback.samples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.samples.review.ReviewOutcome.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewSampleTest {

  @Test
  void theDeskPublishesOneDocumentAndReturnsTheOtherToItsAuthor() throws InterruptedException {
    List<ReviewOutcome> outcomes;
    try (InProcessTemporal temporal = new InProcessTemporal()) {
      outcomes = ReviewSample.run(temporal);
    }

    assertEquals(2, outcomes.size());
    ReviewOutcome approved = outcomes.get(0);
    assertEquals("DOC-1", approved.documentId());
    assertEquals(Status.PUBLISHED, approved.status());
    assertTrue(approved.decision().approved());
    assertEquals(ReviewSample.REVIEWER, approved.decision().reviewer());

    ReviewOutcome rejected = outcomes.get(1);
    assertEquals("DOC-2", rejected.documentId());
    assertEquals(Status.RETURNED_TO_AUTHOR, rejected.status());
    assertEquals(
        new ReviewDecision(
            false, ReviewSample.REVIEWER, "Please resolve the TODOs before publishing."),
        rejected.decision());
  }
}

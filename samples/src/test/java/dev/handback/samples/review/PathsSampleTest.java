package dev.handback.samples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handback.samples.review.ReviewOutcome.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathsSampleTest {

  @Test
  void theDeskAnswersBySignalAndThroughTheWebhook() throws Exception {
    List<ReviewOutcome> outcomes;
    try (InProcessTemporal temporal = new InProcessTemporal()) {
      outcomes = PathsSample.run(temporal);
    }

    assertEquals(2, outcomes.size());
    assertEquals(Status.PUBLISHED, outcomes.get(0).status());
    assertEquals(ReviewSample.REVIEWER, outcomes.get(0).decision().reviewer());
    assertEquals(Status.RETURNED_TO_AUTHOR, outcomes.get(1).status());
    assertEquals(
        new ReviewDecision(
            false, ReviewSample.REVIEWER, "Please resolve the TODOs before publishing."),
        outcomes.get(1).decision());
  }
}

package dev.handback.samples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handback.samples.review.ReviewActivitiesCompleter.RequestReviewHandle;
import dev.handback.testing.HandOffs;
import io.temporal.testing.TestActivityExtension;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReviewActivitiesImplTest {
  private static final BlockingQueue<ReviewTicket> DESK = new LinkedBlockingQueue<>();

  @RegisterExtension
  static final TestActivityExtension ACTIVITIES =
      TestActivityExtension.newBuilder()
          .setActivityImplementations(new ReviewActivitiesImpl(DESK))
          .build();

  @Test
  void theDeskGetsTheHandleOfTheOneHandOff(ReviewActivities activities) throws Exception {
    Document document = ReviewSample.DOCUMENTS.get(0);

    HandOffs handOffs = HandOffs.during(() -> activities.requestReview(document));

    RequestReviewHandle handle = handOffs.single(RequestReviewHandle.class);
    assertEquals(new ReviewTicket(document, handle.encode()), DESK.poll());
  }
}

package dev.handback.e2e;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** The activities of the end-to-end tests: each waits for the test's "external system". */
@ActivityInterface(namePrefix = "Review_")
public interface ReviewActivities {

  /** A review that takes up to a week and is kept alive by heartbeats. */
  @AsyncCompletable(
      startToClose = "P7D",
      heartbeat = "PT1H",
      retry =
          @Retry(
              maximumAttempts = 2,
              initialInterval = "PT1S",
              doNotRetry = "dev.handback.e2e.ReviewRejected"))
  Decision requestReview(Document document);

  /**
   * An approval with Temporal's default retry policy, unlimited attempts: the approver's "no" must
   * still end it at once.
   */
  @AsyncCompletable(startToClose = "P7D", heartbeat = "PT1H")
  Decision requestApproval(Document document);

  /**
   * A check by a desk whose failures are worth asking again: they go through the retry policy, all
   * but {@link ReviewRejected}, which is final.
   */
  @AsyncCompletable(
      startToClose = "P7D",
      heartbeat = "PT1H",
      retryExternalFailures = true,
      retry =
          @Retry(
              maximumAttempts = 3,
              initialInterval = "PT1S",
              doNotRetry = "dev.handback.e2e.ReviewRejected"))
  Decision askBusyDesk(Document document);

  /** A signature that may take a week, with no heartbeat and no retry. */
  @SuppressWarnings({"handback:HB101", "handback:HB103"}) // the test shows what this costs
  @AsyncCompletable(startToClose = "P7D", retry = @Retry(maximumAttempts = 1))
  @ActivityMethod(name = "AwaitSignature")
  void awaitSignature(String documentId);

  /** A check whose heartbeat timeout is short enough to expire in real time during a test. */
  @AsyncCompletable(
      startToClose = "PT1H",
      heartbeat = "PT2S",
      retry = @Retry(maximumAttempts = 2, initialInterval = "PT1S"))
  Decision quickCheck(Document document);

  /** Calls the wrong FooAsync method, to show the mistake is caught. */
  @SuppressWarnings("handback:HB103")
  @AsyncCompletable(startToClose = "PT1M", retry = @Retry(maximumAttempts = 1))
  Decision misuseHandoff(Document document);

  /** A document under review. */
  record Document(String id, String title) {}

  /** What the reviewer decided. */
  record Decision(boolean approved, String reviewer, String comment) {}
}

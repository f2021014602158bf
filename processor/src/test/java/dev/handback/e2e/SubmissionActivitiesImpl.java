package dev.handback.e2e;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.runtime.NotReadyYetException;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** Hands each request to {@link #outbox}, the simulated external system, and records attempts. */
final class SubmissionActivitiesImpl implements SubmissionActivities {
  final Outbox outbox = new Outbox();

  /** The test server's clock, which time skipping moves. */
  private final Supplier<Instant> clock;

  SubmissionActivitiesImpl(Supplier<Instant> clock) {
    this.clock = clock;
  }

  /** When each attempt of {@code submitForReview} ran, on the test server's clock. */
  final List<Instant> submitAttempts = new CopyOnWriteArrayList<>();

  /** When each poll ran, on the test server's clock. */
  final List<Instant> polls = new CopyOnWriteArrayList<>();

  /** Whether the first attempt of {@code submitForReview} dies before notifying anyone. */
  volatile boolean firstSubmitDies;

  /** The poll on which the external system is ready. */
  volatile int readyOnPoll = 1;

  /** The poll on which the external system reports a real error instead; 0 for never. */
  volatile int rejectOnPoll;

  /**
   * Whether a poll without a result throws {@code new NotReadyYetException} (not {@code because}).
   */
  volatile boolean notReadyByConstructor;

  @Override
  public Decision submitForReview(Document document) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    submitAttempts.add(clock.get());
    if (firstSubmitDies && info.getAttempt() == 1) {
      // A worker that dies here never reports back: the attempt stays open until it times out.
      Activity.getExecutionContext().doNotCompleteOnReturn();
      return null;
    }
    outbox.add(HandOff.of(SubmissionActivitiesAsync.submitForReview().encode()));
    return null;
  }

  @Override
  public void archive(String documentId) {
    outbox.add(HandOff.of(SubmissionActivitiesAsync.archive().encode()));
  }

  @Override
  public String publicationStatus(String documentId) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    polls.add(clock.get());
    if (info.getAttempt() == rejectOnPoll) {
      throw Activity.wrap(new ReviewRejected("document " + documentId + " was withdrawn"));
    }
    if (info.getAttempt() < readyOnPoll) {
      String reason = "document " + documentId + " is not published yet";
      throw notReadyByConstructor
          ? new NotReadyYetException(reason)
          : NotReadyYetException.because(reason);
    }
    return "published on poll " + info.getAttempt();
  }
}

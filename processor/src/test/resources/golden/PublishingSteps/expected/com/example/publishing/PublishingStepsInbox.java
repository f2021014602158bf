package com.example.publishing;

import dev.handback.internal.SignalSlot;
import dev.handback.runtime.ExternalOutcome;
import dev.handback.runtime.ExternalResultSlot;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Workflow code's side of the {@code @ExternalResult} methods of {@link PublishingSteps}: one slot
 * per method whose {@code await()} returns the result the external party delivered by signal,
 * waiting up to the declared timeout. A result that arrives before the workflow waits is kept; the
 * first one delivered wins and later ones are logged and ignored.
 *
 * <pre>{@code
 * var inbox = PublishingStepsInbox.register();
 * // the activity hands the handle to the external system
 * activities.submitForReview(...);
 * var result = inbox.submitForReview().await();
 * }</pre>
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class PublishingStepsInbox implements PublishingStepsSignals {
  private final SignalSlot<Verdict> submitForReview =
      new SignalSlot<>(
          PublishingStepsCompleter.SubmitForReviewHandle.KEY,
          SUBMIT_FOR_REVIEW_SIGNAL,
          Duration.parse("P2D"));

  private final SignalSlot<List<String>> translate =
      new SignalSlot<>(
          PublishingStepsCompleter.TranslateHandle.KEY, TRANSLATE_SIGNAL, Duration.parse("P14D"));

  private final SignalSlot<Void> announce =
      new SignalSlot<>(
          PublishingStepsCompleter.AnnounceHandle.KEY, ANNOUNCE_SIGNAL, Duration.parse("P2D"));

  private PublishingStepsInbox() {}

  /**
   * A new inbox that listens to the signals of {@link PublishingStepsSignals}. Call it once per
   * workflow run, in workflow code, before the activity runs (for example at the start of the
   * workflow method).
   */
  public static PublishingStepsInbox register() {
    PublishingStepsInbox inbox = new PublishingStepsInbox();
    Workflow.registerListener(inbox);
    return inbox;
  }

  /**
   * A new inbox that does not listen by itself: for a workflow whose interface extends {@link
   * PublishingStepsSignals}, whose implementation forwards each signal to it.
   */
  public static PublishingStepsInbox create() {
    return new PublishingStepsInbox();
  }

  /**
   * Where the result of {@link PublishingSteps#submitForReview} arrives; its {@code await()} waits
   * up to P2D.
   */
  public ExternalResultSlot<Verdict> submitForReview() {
    return submitForReview;
  }

  /**
   * Where the result of {@link PublishingSteps#translate} arrives; its {@code await()} waits up to
   * P14D.
   */
  public ExternalResultSlot<List<String>> translate() {
    return translate;
  }

  /**
   * Where the result of {@link PublishingSteps#announce} arrives; its {@code await()} waits up to
   * P2D.
   */
  public ExternalResultSlot<Void> announce() {
    return announce;
  }

  @Override
  public void submitForReviewResult(ExternalOutcome<Verdict> outcome) {
    this.submitForReview.deliver(outcome);
  }

  @Override
  public void translateResult(ExternalOutcome<List<String>> outcome) {
    this.translate.deliver(outcome);
  }

  @Override
  public void announceResult(ExternalOutcome<Void> outcome) {
    this.announce.deliver(outcome);
  }
}

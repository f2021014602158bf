package com.example.publishing;

import dev.handback.runtime.ExternalOutcome;
import io.temporal.workflow.SignalMethod;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The signals that carry the results of the {@code @ExternalResult} methods of {@link
 * PublishingSteps}.
 *
 * <p>{@link PublishingStepsInbox} implements them; {@code PublishingStepsInbox.register()} in
 * workflow code listens to them without any change to the workflow interface. A workflow interface
 * may instead extend this interface, so that clients can signal it through a typed stub; its
 * implementation then forwards each signal to an inbox made with {@code
 * PublishingStepsInbox.create()}.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public interface PublishingStepsSignals {
  /** The signal name of the result of {@link PublishingSteps#submitForReview}. */
  String SUBMIT_FOR_REVIEW_SIGNAL = "Publishing_SubmitForReviewResult";

  /** The signal name of the result of {@link PublishingSteps#translate}. */
  String TRANSLATE_SIGNAL = "translated";

  /** The signal name of the result of {@link PublishingSteps#announce}. */
  String ANNOUNCE_SIGNAL = "Publishing_NotifyResult";

  /**
   * Delivers the result of {@link PublishingSteps#submitForReview}, or the failure the external
   * party reported.
   */
  @SignalMethod(name = SUBMIT_FOR_REVIEW_SIGNAL)
  void submitForReviewResult(ExternalOutcome<Verdict> outcome);

  /**
   * Delivers the result of {@link PublishingSteps#translate}, or the failure the external party
   * reported.
   */
  @SignalMethod(name = TRANSLATE_SIGNAL)
  void translateResult(ExternalOutcome<List<String>> outcome);

  /**
   * Delivers the result of {@link PublishingSteps#announce}, or the failure the external party
   * reported.
   */
  @SignalMethod(name = ANNOUNCE_SIGNAL)
  void announceResult(ExternalOutcome<Void> outcome);
}

package com.example.publishing;

import dev.handback.internal.ActivityHandoff;
import dev.handback.runtime.HandoffException;
import dev.handback.runtime.ReplyAddress;
import javax.annotation.processing.Generated;

/**
 * The activity side of {@link PublishingSteps}: called inside an implementation method, each method
 * here returns the handle an external party replies with, through {@link PublishingStepsCompleter}.
 * Call it on the thread that runs the activity; it throws {@link HandoffException} anywhere else.
 *
 * <p>For an {@code @AsyncCompletable} method, the call hands the running activity off: it does not
 * complete when the implementation returns, and waits for a reply through the returned handle; the
 * return value of the implementation is then ignored.
 *
 * <p>By default the handle addresses the activity by its ids, whatever its attempt ({@link
 * ReplyAddress.ActivityId}): every attempt returns the same handle, and a reply reaches the attempt
 * that is current. The variant that takes a {@code callKey} also records the key in Temporal's
 * state for this activity, so that a reply by business key, through the handle type's {@code
 * forCall(workflowId, callKey)}, finds this call when the workflow runs several calls of the method
 * at once. Choose a key the external party knows, such as the id of the order line the call is for;
 * every attempt must record the same one.
 *
 * <p>For an {@code @ExternalResult} method, the handle is where the workflow running the activity
 * waits for the result, by signal ({@link ReplyAddress.SignalAddress}). The activity completes
 * normally when the implementation returns; its return value is not the result (return null).
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class PublishingStepsAsync {
  private PublishingStepsAsync() {}

  /**
   * The handle at which the workflow running {@link PublishingSteps#submitForReview} (type {@code
   * Publishing_SubmitForReview}) waits, by signal {@code Publishing_SubmitForReviewResult}.
   *
   * @throws HandoffException outside that activity
   */
  public static PublishingStepsCompleter.SubmitForReviewHandle submitForReview() {
    return PublishingStepsCompleter.SubmitForReviewHandle.of(
        ActivityHandoff.signalAddress(
            PublishingStepsCompleter.SubmitForReviewHandle.KEY,
            PublishingStepsOptions.SUBMIT_FOR_REVIEW,
            PublishingStepsSignals.SUBMIT_FOR_REVIEW_SIGNAL));
  }

  /**
   * The handle at which the workflow running {@link PublishingSteps#translate} (type {@code
   * Publishing_Translate}) waits, by signal {@code translated}.
   *
   * @throws HandoffException outside that activity
   */
  public static PublishingStepsCompleter.TranslateHandle translate() {
    return PublishingStepsCompleter.TranslateHandle.of(
        ActivityHandoff.signalAddress(
            PublishingStepsCompleter.TranslateHandle.KEY,
            PublishingStepsOptions.TRANSLATE,
            PublishingStepsSignals.TRANSLATE_SIGNAL));
  }

  /**
   * The handle at which the workflow running {@link PublishingSteps#announce} (type {@code
   * Publishing_Notify}) waits, by signal {@code Publishing_NotifyResult}.
   *
   * @throws HandoffException outside that activity
   */
  public static PublishingStepsCompleter.AnnounceHandle announce() {
    return PublishingStepsCompleter.AnnounceHandle.of(
        ActivityHandoff.signalAddress(
            PublishingStepsCompleter.AnnounceHandle.KEY,
            PublishingStepsOptions.ANNOUNCE,
            PublishingStepsSignals.ANNOUNCE_SIGNAL));
  }

  /**
   * Hands off the running {@link PublishingSteps#legalSignOff} activity (type {@code
   * Publishing_LegalSignOff}).
   *
   * @throws HandoffException outside that activity
   */
  public static PublishingStepsCompleter.LegalSignOffHandle legalSignOff() {
    return PublishingStepsCompleter.LegalSignOffHandle.of(
        ActivityHandoff.handOff(
            PublishingStepsCompleter.LegalSignOffHandle.KEY,
            PublishingStepsOptions.LEGAL_SIGN_OFF));
  }

  /**
   * {@link #legalSignOff()}, recording {@code callKey} for a reply by business key.
   *
   * @param callKey 1 to 1000 characters
   * @throws HandoffException outside that activity, or if Temporal could not record the key
   */
  public static PublishingStepsCompleter.LegalSignOffHandle legalSignOff(String callKey) {
    return PublishingStepsCompleter.LegalSignOffHandle.of(
        ActivityHandoff.handOff(
            PublishingStepsCompleter.LegalSignOffHandle.KEY,
            PublishingStepsOptions.LEGAL_SIGN_OFF,
            callKey));
  }
}

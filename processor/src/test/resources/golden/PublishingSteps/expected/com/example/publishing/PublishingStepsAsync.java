package com.example.publishing;

import dev.handback.internal.ActivityHandoff;
import dev.handback.runtime.HandoffException;
import javax.annotation.processing.Generated;

/**
 * The activity side of {@link PublishingSteps}: called inside an implementation method, each method
 * here returns the handle an external party replies with, through {@link PublishingStepsCompleter}.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class PublishingStepsAsync {
  private PublishingStepsAsync() {}

  /**
   * The handle at which the workflow running this {@link PublishingSteps#submitForReview} activity
   * (type {@code Publishing_SubmitForReview}) waits for the result, by signal {@code
   * Publishing_SubmitForReviewResult}. The activity completes normally when the implementation
   * returns; its return value is not the result (return null). Call it on the thread that runs the
   * activity.
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
   * The handle at which the workflow running this {@link PublishingSteps#translate} activity (type
   * {@code Publishing_Translate}) waits for the result, by signal {@code translated}. The activity
   * completes normally when the implementation returns; its return value is not the result (return
   * null). Call it on the thread that runs the activity.
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
   * The handle at which the workflow running this {@link PublishingSteps#announce} activity (type
   * {@code Publishing_Notify}) waits for the result, by signal {@code Publishing_NotifyResult}. The
   * activity completes normally when the implementation returns; its return value is not the result
   * (return null). Call it on the thread that runs the activity.
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
   * Hands the running {@link PublishingSteps#legalSignOff} activity (type {@code
   * Publishing_LegalSignOff}) off: it does not complete when the implementation returns, and waits
   * for a reply through the returned handle. The handle addresses the activity by its ids, whatever
   * its attempt: every attempt returns the same handle, and a reply reaches the attempt that is
   * current. Call it on the thread that runs the activity; the return value of the implementation
   * is then ignored.
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
   * {@link #legalSignOff()}, and records {@code callKey} in Temporal's state for this activity, so
   * that a reply by business key, {@code
   * PublishingStepsCompleter.LegalSignOffHandle.forCall(workflowId, callKey)}, finds this call when
   * the workflow runs several calls of {@link PublishingSteps#legalSignOff} at once. Choose a key
   * the external party knows, such as the id of the order line the call is for; every attempt must
   * record the same one.
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

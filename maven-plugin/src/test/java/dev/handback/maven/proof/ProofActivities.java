package dev.handback.maven.proof;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import dev.handback.HandleScope;
import dev.handback.Retry;
import io.temporal.activity.ActivityInterface;

/**
 * Activities an external party answers in the proofs, on the completion and the signal path. The
 * proofs check what one attempt records, so the guidance against a single attempt is silenced. On
 * the completion path {@code review} hands out a handle by ids (kind a, the default) and {@code
 * approveRefund} a task token (kind t): the Node.js proof replies to both from the contract.
 */
@SuppressWarnings("handback:HB103")
@ActivityInterface(namePrefix = "Proof_")
public interface ProofActivities {

  /** A review the external party heartbeats, then completes with a verdict. */
  @AsyncCompletable(startToClose = "PT10M", heartbeat = "PT5M", retry = @Retry(maximumAttempts = 1))
  Verdict review(String documentId);

  /** A refund the external party may refuse; never retried. */
  @AsyncCompletable(
      startToClose = "PT10M",
      taskQueue = "proof",
      retry = @Retry(maximumAttempts = 1),
      handleScope = HandleScope.ATTEMPT)
  void approveRefund(String orderId);

  /**
   * A shipment the carrier books: the activity completes once it handed the order over, and the
   * carrier delivers the booking (or a refusal) by signal to the workflow, which waits an hour.
   */
  @ExternalResult(signal = "shipmentBooked", timeout = "PT1H", retry = @Retry(maximumAttempts = 1))
  Shipment bookShipment(String orderId);
}

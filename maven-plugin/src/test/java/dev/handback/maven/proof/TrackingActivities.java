package dev.handback.maven.proof;

import dev.handback.AsyncCompletable;
import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

/**
 * An activity on the polling path beside one on the completion path, for the contract tests: the
 * contract lists the first with nothing for an external party to send, and no completer although
 * the interface has one. No workflow of the proofs runs them, so they have no implementation.
 */
@ActivityInterface(namePrefix = "Tracking_")
public interface TrackingActivities {

  /** Asks the carrier where a parcel is, every five minutes for a day. */
  @Polled(every = "PT5M", giveUpAfter = "P1D", attemptTimeout = "PT20S")
  String whereIs(String parcelId);

  /** The carrier confirms the delivery. */
  @AsyncCompletable(startToClose = "PT2H", heartbeat = "PT10M")
  void confirmDelivery(String parcelId);
}

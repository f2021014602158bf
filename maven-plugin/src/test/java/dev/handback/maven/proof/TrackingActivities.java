package dev.handback.maven.proof;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

/**
 * An activity on the polling path, for the contract tests: the contract lists it, with nothing for
 * an external party to send. No workflow of the proofs runs it, so it has no implementation.
 */
@ActivityInterface(namePrefix = "Tracking_")
public interface TrackingActivities {

  /** Asks the carrier where a parcel is, every five minutes for a day. */
  @Polled(every = "PT5M", giveUpAfter = "P1D", attemptTimeout = "PT20S")
  String whereIs(String parcelId);
}

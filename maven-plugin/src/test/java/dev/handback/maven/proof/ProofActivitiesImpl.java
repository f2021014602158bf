package dev.handback.maven.proof;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Hands every activity's encoded handle to {@link #outbox}, the external party's inbox. */
public final class ProofActivitiesImpl implements ProofActivities {
  /** Encoded handles, in the order the activities started. */
  public final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();

  @Override
  public Verdict review(String documentId) {
    outbox.add(ProofActivitiesAsync.review().encode());
    return null;
  }

  @Override
  public void approveRefund(String orderId) {
    outbox.add(ProofActivitiesAsync.approveRefund().encode());
  }

  @Override
  public Shipment bookShipment(String orderId) {
    outbox.add(ProofActivitiesAsync.bookShipment().encode());
    return null;
  }
}

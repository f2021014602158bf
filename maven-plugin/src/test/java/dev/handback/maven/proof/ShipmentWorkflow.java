package dev.handback.maven.proof;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Books a shipment and returns what the carrier delivered by signal. */
@WorkflowInterface
public interface ShipmentWorkflow {

  @WorkflowMethod
  Shipment ship(String orderId);

  /** Waits in the generated inbox; the workflow interface declares no signal of its own. */
  final class Impl implements ShipmentWorkflow {
    @Override
    public Shipment ship(String orderId) {
      ProofActivitiesInbox inbox = ProofActivitiesInbox.register();
      ProofActivities activities = ProofActivitiesOptions.newStub();
      activities.bookShipment(orderId);
      return inbox.bookShipment().await();
    }
  }
}

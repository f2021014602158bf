package dev.handback.maven.proof;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Asks for a refund approval; fails when the external party refuses. */
@WorkflowInterface
public interface RefundWorkflow {

  @WorkflowMethod
  void refund(String orderId);

  /** Calls the activity through the generated options. */
  final class Impl implements RefundWorkflow {
    private final ProofActivities activities = ProofActivitiesOptions.newStub();

    @Override
    public void refund(String orderId) {
      activities.approveRefund(orderId);
    }
  }
}

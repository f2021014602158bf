package com.example.switching;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Version 2: the workflow waits for the verdict in the generated inbox. */
@WorkflowInterface
public interface SignOffWorkflow {
  @WorkflowMethod
  Verdict run(String documentId);

  /** The implementation. */
  final class Impl implements SignOffWorkflow {
    @Override
    public Verdict run(String documentId) {
      SignOffActivitiesInbox inbox = SignOffActivitiesInbox.register();
      SignOffActivitiesOptions.newStub().signOff(documentId);
      return inbox.signOff().await();
    }
  }
}

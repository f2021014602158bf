package com.example.switching;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Version 1: the activity call returns the desk's verdict. */
@WorkflowInterface
public interface SignOffWorkflow {
  @WorkflowMethod
  Verdict run(String documentId);

  /** The implementation. */
  final class Impl implements SignOffWorkflow {
    @Override
    public Verdict run(String documentId) {
      return SignOffActivitiesOptions.newStub().signOff(documentId);
    }
  }
}

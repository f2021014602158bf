package dev.handback.spring.desk;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Waits for the desk's review, or for its signature on the signal path; can be withdrawn. */
@WorkflowInterface
public interface DeskWorkflow {
  @WorkflowMethod
  Verdict run(String document, boolean bySignal);

  /** Cancels the review under way; the workflow then returns null. */
  @SignalMethod
  void withdraw();
}

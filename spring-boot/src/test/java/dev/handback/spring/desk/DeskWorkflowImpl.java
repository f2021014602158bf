package dev.handback.spring.desk;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.WorkflowImpl;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;

/** The desk's workflow, found by Temporal's starter in its workflow packages. */
@WorkflowImpl(taskQueues = DeskApplication.QUEUE)
public class DeskWorkflowImpl implements DeskWorkflow {
  private final ReviewDesk reviews = ReviewDeskOptions.newStub();
  private final SigningDesk signing = SigningDeskOptions.newStub();
  private CancellationScope review;
  private Verdict verdict;
  private boolean withdrawn;

  @Override
  public Verdict run(String document, boolean bySignal) {
    if (bySignal) {
      SigningDeskInbox inbox = SigningDeskInbox.register();
      signing.sign(document);
      try {
        return inbox.sign().await();
      } catch (ApplicationFailure refused) {
        // A refused signature ends the workflow with a verdict rather than a failure.
        return new Verdict(false, refused.getType());
      }
    }
    review = Workflow.newCancellationScope(() -> verdict = reviews.review(document));
    try {
      review.run();
    } catch (ActivityFailure e) {
      if (withdrawn) {
        return null;
      }
      throw e;
    }
    return verdict;
  }

  @Override
  public void withdraw() {
    withdrawn = true;
    review.cancel();
  }
}

package dev.handback.cli.desk;

import dev.handback.cli.desk.DeskActivities.Paper;
import dev.handback.cli.desk.DeskActivities.Verdict;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Asks the desk for a review (path completion) or an approval (path signal). */
@WorkflowInterface
public interface DeskWorkflow {
  @WorkflowMethod
  Verdict decide(Paper paper, boolean byInbox);

  /** The implementation. */
  final class Impl implements DeskWorkflow {
    @Override
    public Verdict decide(Paper paper, boolean byInbox) {
      DeskActivities desk = DeskActivitiesOptions.newStub();
      if (byInbox) {
        DeskActivitiesInbox inbox = DeskActivitiesInbox.register();
        desk.approve(paper);
        return inbox.approve().await();
      }
      return desk.review(paper);
    }
  }
}

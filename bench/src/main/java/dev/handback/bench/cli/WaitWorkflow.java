package dev.handback.bench.cli;

import dev.handback.bench.cli.WaitActivities.Answer;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** Waits on one path until the benchmark terminates it. */
@WorkflowInterface
public interface WaitWorkflow {
  @WorkflowMethod
  Answer await(String question, boolean byInbox);

  /** The implementation. */
  final class Impl implements WaitWorkflow {
    @Override
    public Answer await(String question, boolean byInbox) {
      WaitActivities activities = WaitActivitiesOptions.newStub();
      if (byInbox) {
        WaitActivitiesInbox inbox = WaitActivitiesInbox.register();
        activities.tell(question);
        return inbox.tell().await();
      }
      return activities.ask(question);
    }
  }
}

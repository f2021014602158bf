package dev.handback.cli.desk;

import dev.handback.cli.desk.DeskActivities.Paper;
import dev.handback.cli.desk.DeskActivities.Verdict;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.ArrayList;
import java.util.List;

/** Reviews several papers at once, and withdraws them on request. */
@WorkflowInterface
public interface DeskRoundWorkflow {
  /** The verdict on each paper, in order; null for a paper withdrawn before its verdict. */
  @WorkflowMethod
  List<Verdict> reviewAll(List<Paper> papers);

  /** Withdraws the papers still under review: their activities are asked to cancel. */
  @SignalMethod
  void withdraw();

  /** The implementation. */
  final class Impl implements DeskRoundWorkflow {
    private boolean withdrawn;

    @Override
    public List<Verdict> reviewAll(List<Paper> papers) {
      DeskActivities desk = DeskActivitiesOptions.newStub();
      List<Promise<Verdict>> reviews = new ArrayList<>();
      CancellationScope round =
          Workflow.newCancellationScope(
              () -> papers.forEach(paper -> reviews.add(Async.function(desk::review, paper))));
      round.run();
      Workflow.await(() -> withdrawn || reviews.stream().allMatch(Promise::isCompleted));
      if (withdrawn) {
        round.cancel();
      }
      List<Verdict> verdicts = new ArrayList<>();
      for (Promise<Verdict> review : reviews) {
        verdicts.add(verdictOrWithdrawn(review));
      }
      return verdicts;
    }

    private static Verdict verdictOrWithdrawn(Promise<Verdict> review) {
      try {
        return review.get();
      } catch (ActivityFailure failure) {
        if (failure.getCause() instanceof CanceledFailure) {
          return null;
        }
        throw failure;
      }
    }

    @Override
    public void withdraw() {
      withdrawn = true;
    }
  }
}

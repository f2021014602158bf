package dev.handback.e2e;

import dev.handback.e2e.OrderActivities.Line;
import dev.handback.e2e.OrderActivities.Receipt;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/** Runs {@link OrderActivities} through the generated stub, one call or several at once. */
@WorkflowInterface
public interface OrderWorkflow {

  /** What the workflow calls. */
  enum Step {
    /** {@code charge} for the first line. */
    CHARGE,
    /** {@code charge} for every line at once. */
    CHARGE_LINES,
    /** {@code authorize} for the first line. */
    AUTHORIZE,
    /** {@code ship}, then {@code charge} for the first line. */
    SHIP_THEN_CHARGE
  }

  @WorkflowMethod
  List<Receipt> run(Step step, List<Line> lines);

  /** The implementation. */
  final class Impl implements OrderWorkflow {
    private final OrderActivities activities = OrderActivitiesOptions.newStub();

    @Override
    public List<Receipt> run(Step step, List<Line> lines) {
      return switch (step) {
        case CHARGE -> List.of(activities.charge(lines.get(0)));
        case CHARGE_LINES ->
            lines.stream().map(line -> Async.function(activities::charge, line)).toList().stream()
                .map(Promise::get)
                .toList();
        case AUTHORIZE -> List.of(activities.authorize(lines.get(0)));
        case SHIP_THEN_CHARGE -> {
          Receipt shipped = activities.ship(Workflow.getInfo().getWorkflowId());
          yield List.of(shipped, activities.charge(lines.get(0)));
        }
      };
    }
  }
}

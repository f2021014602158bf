package dev.handback.e2e;

import dev.handback.e2e.Catalog.Amount;
import dev.handback.e2e.Catalog.Item;
import dev.handback.e2e.Catalog.Shelf;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;
import java.util.Map;

/** Calls every {@link ShapesActivities} method in turn and returns what came back. */
@WorkflowInterface
public interface ShapesWorkflow {

  /** Every result, as the workflow received it. */
  record Shapes(
      List<Item> items,
      Map<String, Amount> totals,
      Item item,
      Shelf.Slot slot,
      int count,
      boolean approved) {}

  @WorkflowMethod
  Shapes run();

  /** The implementation. */
  final class Impl implements ShapesWorkflow {
    private final ShapesActivities activities = ShapesActivitiesOptions.newStub();

    @Override
    public Shapes run() {
      List<Item> items = activities.items();
      Map<String, Amount> totals = activities.totals();
      Item item = activities.item();
      Shelf.Slot slot = activities.slot();
      int count = activities.count();
      boolean approved = activities.approved();
      activities.touch();
      return new Shapes(items, totals, item, slot, count, approved);
    }
  }
}

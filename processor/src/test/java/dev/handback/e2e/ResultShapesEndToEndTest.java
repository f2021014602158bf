package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handback.e2e.Catalog.Amount;
import dev.handback.e2e.Catalog.Item;
import dev.handback.e2e.Catalog.Shelf;
import dev.handback.e2e.ShapesActivitiesCompleter.ApprovedHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.CountHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.ItemHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.ItemsHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.SlotHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.TotalsHandle;
import dev.handback.e2e.ShapesActivitiesCompleter.TouchHandle;
import dev.handback.e2e.ShapesWorkflow.Shapes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every result shape the default data converter handles travels typed from the external party to
 * the workflow: generic lists and maps, records, nested types, primitives and {@code void}.
 */
class ResultShapesEndToEndTest {
  private static final String QUEUE = "shapes";

  private TestWorkflowEnvironment env;
  private ShapesActivitiesImpl activities;

  @BeforeEach
  void startEnvironment() {
    env = TestWorkflowEnvironment.newInstance();
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(ShapesWorkflow.Impl.class);
    activities = new ShapesActivitiesImpl();
    worker.registerActivitiesImplementations(activities);
    env.start();
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  @Test
  void everyResultShapeReachesTheWorkflowTyped() throws Exception {
    WorkflowClient client = env.getWorkflowClient();
    ShapesWorkflow workflow =
        client.newWorkflowStub(
            ShapesWorkflow.class, WorkflowOptions.newBuilder().setTaskQueue(QUEUE).build());
    WorkflowClient.start(workflow::run);
    ShapesActivitiesCompleter completer = new ShapesActivitiesCompleter(client);

    List<Item> items = List.of(new Item("A-1", 2), new Item("B-7", 1));
    Map<String, Amount> totals =
        Map.of(
            "net",
            new Amount(new BigDecimal("10.50"), "EUR"),
            "tax",
            new Amount(new BigDecimal("2.00"), "EUR"));
    Item item = new Item("C-3", 9);
    Shelf.Slot slot = new Shelf.Slot("7B", 3);

    completer.items(ItemsHandle.parse(next("Items"))).complete(items);
    completer.totals(TotalsHandle.parse(next("Totals"))).complete(totals);
    completer.item(ItemHandle.parse(next("Item"))).complete(item);
    completer.slot(SlotHandle.parse(next("Slot"))).complete(slot);
    completer.count(CountHandle.parse(next("Count"))).complete(42);
    completer.approved(ApprovedHandle.parse(next("Approved"))).complete(true);
    completer.touch(TouchHandle.parse(next("Touch"))).complete();

    assertEquals(
        new Shapes(items, totals, item, slot, 42, true),
        WorkflowStub.fromTyped(workflow).getResult(Shapes.class));
  }

  private String next(String expectedActivityType) throws InterruptedException {
    HandOff handOff = activities.outbox.next();
    assertEquals(expectedActivityType, handOff.activityType());
    return handOff.handle();
  }
}

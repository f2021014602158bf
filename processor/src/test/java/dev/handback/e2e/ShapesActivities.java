package dev.handback.e2e;

import dev.handback.AsyncCompletable;
import dev.handback.e2e.Catalog.Amount;
import dev.handback.e2e.Catalog.Item;
import dev.handback.e2e.Catalog.Shelf;
import io.temporal.activity.ActivityInterface;
import java.util.List;
import java.util.Map;

/** One activity per result shape; the interface-level annotation covers them all. */
@ActivityInterface
@AsyncCompletable(startToClose = "PT1H")
public interface ShapesActivities {
  List<Item> items();

  Map<String, Amount> totals();

  Item item();

  Shelf.Slot slot();

  int count();

  boolean approved();

  void touch();
}

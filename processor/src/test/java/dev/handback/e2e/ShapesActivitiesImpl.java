package dev.handback.e2e;

import dev.handback.e2e.Catalog.Amount;
import dev.handback.e2e.Catalog.Item;
import dev.handback.e2e.Catalog.Shelf;
import java.util.List;
import java.util.Map;

/** Hands every activity off to {@link #outbox}. */
final class ShapesActivitiesImpl implements ShapesActivities {
  final Outbox outbox = new Outbox();

  @Override
  public List<Item> items() {
    outbox.add(HandOff.of(ShapesActivitiesAsync.items().encode()));
    return null;
  }

  @Override
  public Map<String, Amount> totals() {
    outbox.add(HandOff.of(ShapesActivitiesAsync.totals().encode()));
    return null;
  }

  @Override
  public Item item() {
    outbox.add(HandOff.of(ShapesActivitiesAsync.item().encode()));
    return null;
  }

  @Override
  public Shelf.Slot slot() {
    outbox.add(HandOff.of(ShapesActivitiesAsync.slot().encode()));
    return null;
  }

  @Override
  public int count() {
    outbox.add(HandOff.of(ShapesActivitiesAsync.count().encode()));
    return 0;
  }

  @Override
  public boolean approved() {
    outbox.add(HandOff.of(ShapesActivitiesAsync.approved().encode()));
    return false;
  }

  @Override
  public void touch() {
    outbox.add(HandOff.of(ShapesActivitiesAsync.touch().encode()));
  }
}

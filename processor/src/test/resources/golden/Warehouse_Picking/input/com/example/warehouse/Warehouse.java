package com.example.warehouse;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

/**
 * Golden input: an activity interface nested in a class. No source of this case mentions @Retry,
 * so the processor must not need Retry.class defaults that javac has not finished reading.
 */
public final class Warehouse {
  private Warehouse() {}

  /** Generated classes are named Warehouse_PickingCompleter and so on. */
  @ActivityInterface
  public interface Picking {
    /** Waits for a picker to scan the shelf. */
    @AsyncCompletable(startToClose = "PT8H", heartbeat = "PT10M")
    Shelf scanShelf(String shelfId);

    /** Waits for a picker to confirm; not annotated, so not generated for. */
    void confirm(String shelfId);
  }

  /** A shelf in the warehouse. */
  public record Shelf(String id, int level) {}
}

package com.example.warehouse;

import dev.handback.internal.ActivityHandoff;
import dev.handback.runtime.HandoffException;
import javax.annotation.processing.Generated;

/**
 * The activity side of {@link Warehouse.Picking}: called inside an implementation method, each
 * method here returns the handle an external party replies with, through {@link
 * Warehouse_PickingCompleter}.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class Warehouse_PickingAsync {
  private Warehouse_PickingAsync() {}

  /**
   * Hands the running {@link Warehouse.Picking#scanShelf} activity (type {@code ScanShelf}) off: it
   * does not complete when the implementation returns, and waits for a reply through the returned
   * handle. Call it on the thread that runs the activity; the return value of the implementation is
   * then ignored.
   *
   * @throws HandoffException outside that activity
   */
  public static Warehouse_PickingCompleter.ScanShelfHandle scanShelf() {
    return Warehouse_PickingCompleter.ScanShelfHandle.of(
        ActivityHandoff.handOff(
            Warehouse_PickingCompleter.ScanShelfHandle.KEY, Warehouse_PickingOptions.SCAN_SHELF));
  }
}

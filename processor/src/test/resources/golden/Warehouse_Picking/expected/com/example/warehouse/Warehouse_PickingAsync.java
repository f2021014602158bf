package com.example.warehouse;

import dev.handback.internal.ActivityHandoff;
import dev.handback.runtime.HandoffException;
import dev.handback.runtime.ReplyAddress;
import javax.annotation.processing.Generated;

/**
 * The activity side of {@link Warehouse.Picking}: called inside an implementation method, each
 * method here returns the handle an external party replies with, through {@link
 * Warehouse_PickingCompleter}. Call it on the thread that runs the activity; it throws {@link
 * HandoffException} anywhere else.
 *
 * <p>For an {@code @AsyncCompletable} method, the call hands the running activity off: it does not
 * complete when the implementation returns, and waits for a reply through the returned handle; the
 * return value of the implementation is then ignored.
 *
 * <p>By default the handle addresses the activity by its ids, whatever its attempt ({@link
 * ReplyAddress.ActivityId}): every attempt returns the same handle, and a reply reaches the attempt
 * that is current. The variant that takes a {@code callKey} also records the key in Temporal's
 * state for this activity, so that a reply by business key, through the handle type's {@code
 * forCall(workflowId, callKey)}, finds this call when the workflow runs several calls of the method
 * at once. Choose a key the external party knows, such as the id of the order line the call is for;
 * every attempt must record the same one.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class Warehouse_PickingAsync {
  private Warehouse_PickingAsync() {}

  /**
   * Hands off the running {@link Warehouse.Picking#scanShelf} activity (type {@code ScanShelf}).
   *
   * @throws HandoffException outside that activity
   */
  public static Warehouse_PickingCompleter.ScanShelfHandle scanShelf() {
    return Warehouse_PickingCompleter.ScanShelfHandle.of(
        ActivityHandoff.handOff(
            Warehouse_PickingCompleter.ScanShelfHandle.KEY, Warehouse_PickingOptions.SCAN_SHELF));
  }

  /**
   * {@link #scanShelf()}, recording {@code callKey} for a reply by business key.
   *
   * @param callKey 1 to 1000 characters
   * @throws HandoffException outside that activity, or if Temporal could not record the key
   */
  public static Warehouse_PickingCompleter.ScanShelfHandle scanShelf(String callKey) {
    return Warehouse_PickingCompleter.ScanShelfHandle.of(
        ActivityHandoff.handOff(
            Warehouse_PickingCompleter.ScanShelfHandle.KEY,
            Warehouse_PickingOptions.SCAN_SHELF,
            callKey));
  }
}

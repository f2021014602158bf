package com.example.warehouse;

import dev.handback.internal.CompletionChannel;
import dev.handback.internal.DeliveringReply;
import dev.handback.internal.HandleCodec;
import dev.handback.internal.MethodRoute;
import dev.handback.runtime.CompletionReply;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import dev.handback.runtime.ReplyRoute;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.WorkflowClient;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Replies to the activities of {@link Warehouse.Picking} that wait for an external party.
 *
 * <p>The external party receives a handle (or its {@code encode()}d string) and answers through
 * this client, for example {@code completer.scanShelf(handle).complete(...)}. Each method has its
 * own handle type, so a handle of one method cannot be used for another; {@link ReplyHandle} says
 * how a handle is made, read back, or built from what a party knows of the workflow.
 *
 * <p>For an {@code @AsyncCompletable} method {@code m}, {@code m(handle)} replies wherever the
 * handle addresses ({@link ReplyAddress}): by its ids, to the attempt that is current; one attempt,
 * by its task token; or the activity of the method pending in a workflow known by its business key,
 * looked up when the reply is sent. {@code m(workflowId, activityId)} and {@code m(workflowId,
 * runId, activityId)} reply to the current attempt of activity {@code activityId} by its ids
 * ({@link ReplyAddress.ActivityId}), in the latest run of workflow {@code workflowId} or in run
 * {@code runId} (null for the latest run).
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class Warehouse_PickingCompleter {
  private final CompletionChannel channel;

  /** A completer that replies through {@code client}'s connection and namespace. */
  public Warehouse_PickingCompleter(WorkflowClient client) {
    this.channel = CompletionChannel.of(client);
  }

  /**
   * A completer that replies through {@code client}. Temporal's client only logs a failed {@code
   * reportCancellation}; prefer the {@link WorkflowClient} constructor, which throws.
   */
  public Warehouse_PickingCompleter(ActivityCompletionClient client) {
    this.channel = CompletionChannel.of(client);
  }

  /**
   * The reply to {@link Warehouse.Picking#scanShelf} through {@code handle}: see {@link
   * ReplyAddress}.
   */
  public CompletionReply<Warehouse.Shelf> scanShelf(ScanShelfHandle handle) {
    return DeliveringReply.to(channel, handle, Warehouse_PickingOptions.SCAN_SHELF);
  }

  /** The reply to {@link Warehouse.Picking#scanShelf} by its ids, in the latest run. */
  public CompletionReply<Warehouse.Shelf> scanShelf(String workflowId, String activityId) {
    return scanShelf(workflowId, null, activityId);
  }

  /** The reply to {@link Warehouse.Picking#scanShelf} by its ids, in run {@code runId}. */
  public CompletionReply<Warehouse.Shelf> scanShelf(
      String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(channel, ScanShelfHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The {@link ReplyRoute}s of the methods of {@link Warehouse.Picking}, for replies from outside
   * Java.
   */
  public static List<ReplyRoute> routes() {
    return List.of(
        MethodRoute.of(
            ScanShelfHandle.KEY,
            Warehouse_PickingOptions.SCAN_SHELF,
            Warehouse.Shelf.class,
            ScanShelfHandle::parse));
  }

  /** {@link ReplyHandle} of {@link Warehouse.Picking#scanShelf}, by activity ids. */
  public static final class ScanShelfHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("Warehouse_Picking", "scanShelf");

    private ScanShelfHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static ScanShelfHandle of(ReplyAddress address) {
      return new ScanShelfHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static ScanShelfHandle parse(String encoded) {
      return new ScanShelfHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static ScanShelfHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static ScanShelfHandle forWorkflow(String workflowId, String runId) {
      return new ScanShelfHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /** The handle of the call whose hand-off recorded {@code callKey}: see {@link ReplyHandle}. */
    public static ScanShelfHandle forCall(String workflowId, String callKey) {
      return new ScanShelfHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }
}

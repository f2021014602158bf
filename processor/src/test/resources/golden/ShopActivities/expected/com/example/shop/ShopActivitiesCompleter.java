package com.example.shop;

import dev.handback.internal.CompletionChannel;
import dev.handback.internal.DeliveringReply;
import dev.handback.internal.ExternalFailures;
import dev.handback.internal.HandleCodec;
import dev.handback.internal.MethodRoute;
import dev.handback.internal.TypeToken;
import dev.handback.runtime.CompletionReply;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import dev.handback.runtime.ReplyRoute;
import dev.handback.runtime.VoidCompletionReply;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.WorkflowClient;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Replies to the activities of {@link ShopActivities} that wait for an external party.
 *
 * <p>The external party receives a handle (or its {@code encode()}d string) and answers through
 * this client, for example {@code completer.confirmPayment(handle).complete(...)}. Each method has
 * its own handle type, so a handle of one method cannot be used for another; {@link ReplyHandle}
 * says how a handle is made, read back, or built from what a party knows of the workflow.
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
public final class ShopActivitiesCompleter {
  private final CompletionChannel channel;

  /** A completer that replies through {@code client}'s connection and namespace. */
  public ShopActivitiesCompleter(WorkflowClient client) {
    this.channel = CompletionChannel.of(client);
  }

  /**
   * A completer that replies through {@code client}. Temporal's client only logs a failed {@code
   * reportCancellation}; prefer the {@link WorkflowClient} constructor, which throws.
   */
  public ShopActivitiesCompleter(ActivityCompletionClient client) {
    this.channel = CompletionChannel.of(client);
  }

  /**
   * The reply to {@link ShopActivities#confirmPayment} through {@code handle}: see {@link
   * ReplyAddress}.
   */
  public CompletionReply<Receipt> confirmPayment(ConfirmPaymentHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.CONFIRM_PAYMENT);
  }

  /** The reply to {@link ShopActivities#confirmPayment} by its ids, in the latest run. */
  public CompletionReply<Receipt> confirmPayment(String workflowId, String activityId) {
    return confirmPayment(workflowId, null, activityId);
  }

  /** The reply to {@link ShopActivities#confirmPayment} by its ids, in run {@code runId}. */
  public CompletionReply<Receipt> confirmPayment(
      String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, ConfirmPaymentHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The reply to {@link ShopActivities#pickItems} through {@code handle}: see {@link ReplyAddress}.
   * A failure reported through it is retried as the activity's retry policy says.
   */
  public CompletionReply<List<ShopActivities.Item>> pickItems(PickItemsHandle handle) {
    return DeliveringReply.to(
        channel, handle, ShopActivitiesOptions.PICK_ITEMS, ExternalFailures.RETRIED);
  }

  /** The reply to {@link ShopActivities#pickItems} by its ids, in the latest run. */
  public CompletionReply<List<ShopActivities.Item>> pickItems(
      String workflowId, String activityId) {
    return pickItems(workflowId, null, activityId);
  }

  /** The reply to {@link ShopActivities#pickItems} by its ids, in run {@code runId}. */
  public CompletionReply<List<ShopActivities.Item>> pickItems(
      String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, PickItemsHandle.KEY, workflowId, runId, activityId, ExternalFailures.RETRIED);
  }

  /**
   * The reply to {@link ShopActivities#quoteShipping} through {@code handle}: see {@link
   * ReplyAddress}.
   */
  public CompletionReply<Map<String, Amount>> quoteShipping(QuoteShippingHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.QUOTE_SHIPPING);
  }

  /** The reply to {@link ShopActivities#quoteShipping} by its ids, in the latest run. */
  public CompletionReply<Map<String, Amount>> quoteShipping(String workflowId, String activityId) {
    return quoteShipping(workflowId, null, activityId);
  }

  /** The reply to {@link ShopActivities#quoteShipping} by its ids, in run {@code runId}. */
  public CompletionReply<Map<String, Amount>> quoteShipping(
      String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, QuoteShippingHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The reply to {@link ShopActivities#countParcels} through {@code handle}: see {@link
   * ReplyAddress}.
   */
  public CompletionReply<Integer> countParcels(CountParcelsHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.COUNT_PARCELS);
  }

  /** The reply to {@link ShopActivities#countParcels} by its ids, in the latest run. */
  public CompletionReply<Integer> countParcels(String workflowId, String activityId) {
    return countParcels(workflowId, null, activityId);
  }

  /** The reply to {@link ShopActivities#countParcels} by its ids, in run {@code runId}. */
  public CompletionReply<Integer> countParcels(String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, CountParcelsHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The reply to {@link ShopActivities#approveRefund} through {@code handle}: see {@link
   * ReplyAddress}.
   */
  public VoidCompletionReply approveRefund(ApproveRefundHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.APPROVE_REFUND);
  }

  /** The reply to {@link ShopActivities#approveRefund} by its ids, in the latest run. */
  public VoidCompletionReply approveRefund(String workflowId, String activityId) {
    return approveRefund(workflowId, null, activityId);
  }

  /** The reply to {@link ShopActivities#approveRefund} by its ids, in run {@code runId}. */
  public VoidCompletionReply approveRefund(String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, ApproveRefundHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The reply to {@link ShopActivities#printLabel} through {@code handle}: see {@link
   * ReplyAddress}.
   */
  public CompletionReply<ShopActivities.Tracking.Label> printLabel(PrintLabelHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.PRINT_LABEL);
  }

  /** The reply to {@link ShopActivities#printLabel} by its ids, in the latest run. */
  public CompletionReply<ShopActivities.Tracking.Label> printLabel(
      String workflowId, String activityId) {
    return printLabel(workflowId, null, activityId);
  }

  /** The reply to {@link ShopActivities#printLabel} by its ids, in run {@code runId}. */
  public CompletionReply<ShopActivities.Tracking.Label> printLabel(
      String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(channel, PrintLabelHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The {@link ReplyRoute}s of the methods of {@link ShopActivities}, for replies from outside
   * Java.
   */
  public static List<ReplyRoute> routes() {
    return List.of(
        MethodRoute.of(
            ConfirmPaymentHandle.KEY,
            ShopActivitiesOptions.CONFIRM_PAYMENT,
            Receipt.class,
            ConfirmPaymentHandle::parse),
        MethodRoute.of(
            PickItemsHandle.KEY,
            ShopActivitiesOptions.PICK_ITEMS,
            new TypeToken<List<ShopActivities.Item>>() {}.type(),
            PickItemsHandle::parse,
            ExternalFailures.RETRIED),
        MethodRoute.of(
            QuoteShippingHandle.KEY,
            ShopActivitiesOptions.QUOTE_SHIPPING,
            new TypeToken<Map<String, Amount>>() {}.type(),
            QuoteShippingHandle::parse),
        MethodRoute.of(
            CountParcelsHandle.KEY,
            ShopActivitiesOptions.COUNT_PARCELS,
            int.class,
            CountParcelsHandle::parse),
        MethodRoute.of(
            ApproveRefundHandle.KEY,
            ShopActivitiesOptions.APPROVE_REFUND,
            void.class,
            ApproveRefundHandle::parse),
        MethodRoute.of(
            PrintLabelHandle.KEY,
            ShopActivitiesOptions.PRINT_LABEL,
            ShopActivities.Tracking.Label.class,
            PrintLabelHandle::parse));
  }

  /** {@link ReplyHandle} of {@link ShopActivities#confirmPayment}, by activity ids. */
  public static final class ConfirmPaymentHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "confirmPayment");

    private ConfirmPaymentHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static ConfirmPaymentHandle of(ReplyAddress address) {
      return new ConfirmPaymentHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static ConfirmPaymentHandle parse(String encoded) {
      return new ConfirmPaymentHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static ConfirmPaymentHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static ConfirmPaymentHandle forWorkflow(String workflowId, String runId) {
      return new ConfirmPaymentHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /** The handle of the call whose hand-off recorded {@code callKey}: see {@link ReplyHandle}. */
    public static ConfirmPaymentHandle forCall(String workflowId, String callKey) {
      return new ConfirmPaymentHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }

  /** {@link ReplyHandle} of {@link ShopActivities#pickItems}, by task token. */
  public static final class PickItemsHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "pickItems");

    private PickItemsHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static PickItemsHandle of(ReplyAddress address) {
      return new PickItemsHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static PickItemsHandle parse(String encoded) {
      return new PickItemsHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static PickItemsHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static PickItemsHandle forWorkflow(String workflowId, String runId) {
      return new PickItemsHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }
  }

  /** {@link ReplyHandle} of {@link ShopActivities#quoteShipping}, by activity ids. */
  public static final class QuoteShippingHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "quoteShipping");

    private QuoteShippingHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static QuoteShippingHandle of(ReplyAddress address) {
      return new QuoteShippingHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static QuoteShippingHandle parse(String encoded) {
      return new QuoteShippingHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static QuoteShippingHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static QuoteShippingHandle forWorkflow(String workflowId, String runId) {
      return new QuoteShippingHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /** The handle of the call whose hand-off recorded {@code callKey}: see {@link ReplyHandle}. */
    public static QuoteShippingHandle forCall(String workflowId, String callKey) {
      return new QuoteShippingHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }

  /** {@link ReplyHandle} of {@link ShopActivities#countParcels}, by activity ids. */
  public static final class CountParcelsHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "countParcels");

    private CountParcelsHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static CountParcelsHandle of(ReplyAddress address) {
      return new CountParcelsHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static CountParcelsHandle parse(String encoded) {
      return new CountParcelsHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static CountParcelsHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static CountParcelsHandle forWorkflow(String workflowId, String runId) {
      return new CountParcelsHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /** The handle of the call whose hand-off recorded {@code callKey}: see {@link ReplyHandle}. */
    public static CountParcelsHandle forCall(String workflowId, String callKey) {
      return new CountParcelsHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }

  /** {@link ReplyHandle} of {@link ShopActivities#approveRefund}, by activity ids. */
  public static final class ApproveRefundHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "approveRefund");

    private ApproveRefundHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static ApproveRefundHandle of(ReplyAddress address) {
      return new ApproveRefundHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static ApproveRefundHandle parse(String encoded) {
      return new ApproveRefundHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static ApproveRefundHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static ApproveRefundHandle forWorkflow(String workflowId, String runId) {
      return new ApproveRefundHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /** The handle of the call whose hand-off recorded {@code callKey}: see {@link ReplyHandle}. */
    public static ApproveRefundHandle forCall(String workflowId, String callKey) {
      return new ApproveRefundHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }

  /** {@link ReplyHandle} of {@link ShopActivities#printLabel}, by activity ids. */
  public static final class PrintLabelHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "printLabel");

    private PrintLabelHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /** The handle at {@code address}, such as another handle's {@link #address()}. */
    public static PrintLabelHandle of(ReplyAddress address) {
      return new PrintLabelHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is not such a string of this method
     */
    public static PrintLabelHandle parse(String encoded) {
      return new PrintLabelHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /** The handle of the latest run of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static PrintLabelHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /** The handle of run {@code runId} of workflow {@code workflowId}: see {@link ReplyHandle}. */
    public static PrintLabelHandle forWorkflow(String workflowId, String runId) {
      return new PrintLabelHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /** The handle of the call whose hand-off recorded {@code callKey}: see {@link ReplyHandle}. */
    public static PrintLabelHandle forCall(String workflowId, String callKey) {
      return new PrintLabelHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }
}

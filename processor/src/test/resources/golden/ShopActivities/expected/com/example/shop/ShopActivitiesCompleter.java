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
 * its own handle type, so a handle of one method cannot be used for another.
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
   * The reply to the activity of {@link ShopActivities#confirmPayment} that {@code handle}
   * addresses: by its ids (the attempt that is current), one attempt by its task token, or the one
   * pending in a workflow known by its business key ({@link
   * ConfirmPaymentHandle#forWorkflow(String)}), looked up when the reply is sent.
   */
  public CompletionReply<Receipt> confirmPayment(ConfirmPaymentHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.CONFIRM_PAYMENT);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#confirmPayment}, activity {@code
   * activityId} of the latest run of workflow {@code workflowId}.
   */
  public CompletionReply<Receipt> confirmPayment(String workflowId, String activityId) {
    return confirmPayment(workflowId, null, activityId);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#confirmPayment}, activity {@code
   * activityId} of run {@code runId} (null for the latest run) of workflow {@code workflowId}.
   */
  public CompletionReply<Receipt> confirmPayment(
      String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, ConfirmPaymentHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The reply to the activity of {@link ShopActivities#pickItems} that {@code handle} addresses: by
   * its ids (the attempt that is current), one attempt by its task token, or the one pending in a
   * workflow known by its business key ({@link PickItemsHandle#forWorkflow(String)}), looked up
   * when the reply is sent. A failure reported through it is retried as the activity's retry policy
   * says.
   */
  public CompletionReply<List<ShopActivities.Item>> pickItems(PickItemsHandle handle) {
    return DeliveringReply.to(
        channel, handle, ShopActivitiesOptions.PICK_ITEMS, ExternalFailures.RETRIED);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#pickItems}, activity {@code
   * activityId} of the latest run of workflow {@code workflowId}.
   */
  public CompletionReply<List<ShopActivities.Item>> pickItems(
      String workflowId, String activityId) {
    return pickItems(workflowId, null, activityId);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#pickItems}, activity {@code
   * activityId} of run {@code runId} (null for the latest run) of workflow {@code workflowId}.
   */
  public CompletionReply<List<ShopActivities.Item>> pickItems(
      String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, PickItemsHandle.KEY, workflowId, runId, activityId, ExternalFailures.RETRIED);
  }

  /**
   * The reply to the activity of {@link ShopActivities#quoteShipping} that {@code handle}
   * addresses: by its ids (the attempt that is current), one attempt by its task token, or the one
   * pending in a workflow known by its business key ({@link
   * QuoteShippingHandle#forWorkflow(String)}), looked up when the reply is sent.
   */
  public CompletionReply<Map<String, Amount>> quoteShipping(QuoteShippingHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.QUOTE_SHIPPING);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#quoteShipping}, activity {@code
   * activityId} of the latest run of workflow {@code workflowId}.
   */
  public CompletionReply<Map<String, Amount>> quoteShipping(String workflowId, String activityId) {
    return quoteShipping(workflowId, null, activityId);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#quoteShipping}, activity {@code
   * activityId} of run {@code runId} (null for the latest run) of workflow {@code workflowId}.
   */
  public CompletionReply<Map<String, Amount>> quoteShipping(
      String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, QuoteShippingHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The reply to the activity of {@link ShopActivities#countParcels} that {@code handle} addresses:
   * by its ids (the attempt that is current), one attempt by its task token, or the one pending in
   * a workflow known by its business key ({@link CountParcelsHandle#forWorkflow(String)}), looked
   * up when the reply is sent.
   */
  public CompletionReply<Integer> countParcels(CountParcelsHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.COUNT_PARCELS);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#countParcels}, activity {@code
   * activityId} of the latest run of workflow {@code workflowId}.
   */
  public CompletionReply<Integer> countParcels(String workflowId, String activityId) {
    return countParcels(workflowId, null, activityId);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#countParcels}, activity {@code
   * activityId} of run {@code runId} (null for the latest run) of workflow {@code workflowId}.
   */
  public CompletionReply<Integer> countParcels(String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, CountParcelsHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The reply to the activity of {@link ShopActivities#approveRefund} that {@code handle}
   * addresses: by its ids (the attempt that is current), one attempt by its task token, or the one
   * pending in a workflow known by its business key ({@link
   * ApproveRefundHandle#forWorkflow(String)}), looked up when the reply is sent.
   */
  public VoidCompletionReply approveRefund(ApproveRefundHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.APPROVE_REFUND);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#approveRefund}, activity {@code
   * activityId} of the latest run of workflow {@code workflowId}.
   */
  public VoidCompletionReply approveRefund(String workflowId, String activityId) {
    return approveRefund(workflowId, null, activityId);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#approveRefund}, activity {@code
   * activityId} of run {@code runId} (null for the latest run) of workflow {@code workflowId}.
   */
  public VoidCompletionReply approveRefund(String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(
        channel, ApproveRefundHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * The reply to the activity of {@link ShopActivities#printLabel} that {@code handle} addresses:
   * by its ids (the attempt that is current), one attempt by its task token, or the one pending in
   * a workflow known by its business key ({@link PrintLabelHandle#forWorkflow(String)}), looked up
   * when the reply is sent.
   */
  public CompletionReply<ShopActivities.Tracking.Label> printLabel(PrintLabelHandle handle) {
    return DeliveringReply.to(channel, handle, ShopActivitiesOptions.PRINT_LABEL);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#printLabel}, activity {@code
   * activityId} of the latest run of workflow {@code workflowId}.
   */
  public CompletionReply<ShopActivities.Tracking.Label> printLabel(
      String workflowId, String activityId) {
    return printLabel(workflowId, null, activityId);
  }

  /**
   * The reply to the current attempt of {@link ShopActivities#printLabel}, activity {@code
   * activityId} of run {@code runId} (null for the latest run) of workflow {@code workflowId}.
   */
  public CompletionReply<ShopActivities.Tracking.Label> printLabel(
      String workflowId, String runId, String activityId) {
    return DeliveringReply.toActivity(channel, PrintLabelHandle.KEY, workflowId, runId, activityId);
  }

  /**
   * Every method of {@link ShopActivities} an external party replies to, with its handle parser and
   * result type, for a receiver that takes replies from outside Java, such as {@code
   * dev.handback.webhook.WebhookReceiver}.
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

  /**
   * Addresses an activity of {@link ShopActivities#confirmPayment}, whatever its attempt: made
   * inside the activity by {@code ShopActivitiesAsync.confirmPayment()}, handed to the external
   * party as {@link #encode()}, and read back by {@link #parse(String)}. A party that knows only
   * the workflow uses {@link #forWorkflow(String)} or {@link #forCall(String, String)}.
   */
  public static final class ConfirmPaymentHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "confirmPayment");

    private ConfirmPaymentHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link ShopActivities#confirmPayment} at {@code address}, such as another
     * handle's {@code address()}.
     */
    public static ConfirmPaymentHandle of(ReplyAddress address) {
      return new ConfirmPaymentHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static ConfirmPaymentHandle parse(String encoded) {
      return new ConfirmPaymentHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle. A reply
     * through it asks Temporal which activity of {@link ShopActivities#confirmPayment} the workflow
     * has pending, and goes to that one.
     */
    public static ConfirmPaymentHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static ConfirmPaymentHandle forWorkflow(String workflowId, String runId) {
      return new ConfirmPaymentHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /**
     * The handle of the call of {@link ShopActivities#confirmPayment} whose hand-off recorded
     * {@code callKey} ({@code ShopActivitiesAsync.confirmPayment(callKey)}), pending in the latest
     * run of workflow {@code workflowId}: for a workflow that runs several calls of the method at
     * once.
     */
    public static ConfirmPaymentHandle forCall(String workflowId, String callKey) {
      return new ConfirmPaymentHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }

  /**
   * Addresses one attempt of {@link ShopActivities#pickItems}: made inside the activity by {@code
   * ShopActivitiesAsync.pickItems()}, handed to the external party as {@link #encode()}, and read
   * back by {@link #parse(String)}. A party that knows only the workflow uses {@link
   * #forWorkflow(String)}.
   */
  public static final class PickItemsHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "pickItems");

    private PickItemsHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link ShopActivities#pickItems} at {@code address}, such as another handle's
     * {@code address()}.
     */
    public static PickItemsHandle of(ReplyAddress address) {
      return new PickItemsHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static PickItemsHandle parse(String encoded) {
      return new PickItemsHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle. A reply
     * through it asks Temporal which activity of {@link ShopActivities#pickItems} the workflow has
     * pending, and goes to that one.
     */
    public static PickItemsHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static PickItemsHandle forWorkflow(String workflowId, String runId) {
      return new PickItemsHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }
  }

  /**
   * Addresses an activity of {@link ShopActivities#quoteShipping}, whatever its attempt: made
   * inside the activity by {@code ShopActivitiesAsync.quoteShipping()}, handed to the external
   * party as {@link #encode()}, and read back by {@link #parse(String)}. A party that knows only
   * the workflow uses {@link #forWorkflow(String)} or {@link #forCall(String, String)}.
   */
  public static final class QuoteShippingHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "quoteShipping");

    private QuoteShippingHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link ShopActivities#quoteShipping} at {@code address}, such as another
     * handle's {@code address()}.
     */
    public static QuoteShippingHandle of(ReplyAddress address) {
      return new QuoteShippingHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static QuoteShippingHandle parse(String encoded) {
      return new QuoteShippingHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle. A reply
     * through it asks Temporal which activity of {@link ShopActivities#quoteShipping} the workflow
     * has pending, and goes to that one.
     */
    public static QuoteShippingHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static QuoteShippingHandle forWorkflow(String workflowId, String runId) {
      return new QuoteShippingHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /**
     * The handle of the call of {@link ShopActivities#quoteShipping} whose hand-off recorded {@code
     * callKey} ({@code ShopActivitiesAsync.quoteShipping(callKey)}), pending in the latest run of
     * workflow {@code workflowId}: for a workflow that runs several calls of the method at once.
     */
    public static QuoteShippingHandle forCall(String workflowId, String callKey) {
      return new QuoteShippingHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }

  /**
   * Addresses an activity of {@link ShopActivities#countParcels}, whatever its attempt: made inside
   * the activity by {@code ShopActivitiesAsync.countParcels()}, handed to the external party as
   * {@link #encode()}, and read back by {@link #parse(String)}. A party that knows only the
   * workflow uses {@link #forWorkflow(String)} or {@link #forCall(String, String)}.
   */
  public static final class CountParcelsHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "countParcels");

    private CountParcelsHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link ShopActivities#countParcels} at {@code address}, such as another
     * handle's {@code address()}.
     */
    public static CountParcelsHandle of(ReplyAddress address) {
      return new CountParcelsHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static CountParcelsHandle parse(String encoded) {
      return new CountParcelsHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle. A reply
     * through it asks Temporal which activity of {@link ShopActivities#countParcels} the workflow
     * has pending, and goes to that one.
     */
    public static CountParcelsHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static CountParcelsHandle forWorkflow(String workflowId, String runId) {
      return new CountParcelsHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /**
     * The handle of the call of {@link ShopActivities#countParcels} whose hand-off recorded {@code
     * callKey} ({@code ShopActivitiesAsync.countParcels(callKey)}), pending in the latest run of
     * workflow {@code workflowId}: for a workflow that runs several calls of the method at once.
     */
    public static CountParcelsHandle forCall(String workflowId, String callKey) {
      return new CountParcelsHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }

  /**
   * Addresses an activity of {@link ShopActivities#approveRefund}, whatever its attempt: made
   * inside the activity by {@code ShopActivitiesAsync.approveRefund()}, handed to the external
   * party as {@link #encode()}, and read back by {@link #parse(String)}. A party that knows only
   * the workflow uses {@link #forWorkflow(String)} or {@link #forCall(String, String)}.
   */
  public static final class ApproveRefundHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "approveRefund");

    private ApproveRefundHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link ShopActivities#approveRefund} at {@code address}, such as another
     * handle's {@code address()}.
     */
    public static ApproveRefundHandle of(ReplyAddress address) {
      return new ApproveRefundHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static ApproveRefundHandle parse(String encoded) {
      return new ApproveRefundHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle. A reply
     * through it asks Temporal which activity of {@link ShopActivities#approveRefund} the workflow
     * has pending, and goes to that one.
     */
    public static ApproveRefundHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static ApproveRefundHandle forWorkflow(String workflowId, String runId) {
      return new ApproveRefundHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /**
     * The handle of the call of {@link ShopActivities#approveRefund} whose hand-off recorded {@code
     * callKey} ({@code ShopActivitiesAsync.approveRefund(callKey)}), pending in the latest run of
     * workflow {@code workflowId}: for a workflow that runs several calls of the method at once.
     */
    public static ApproveRefundHandle forCall(String workflowId, String callKey) {
      return new ApproveRefundHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }

  /**
   * Addresses an activity of {@link ShopActivities#printLabel}, whatever its attempt: made inside
   * the activity by {@code ShopActivitiesAsync.printLabel()}, handed to the external party as
   * {@link #encode()}, and read back by {@link #parse(String)}. A party that knows only the
   * workflow uses {@link #forWorkflow(String)} or {@link #forCall(String, String)}.
   */
  public static final class PrintLabelHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "printLabel");

    private PrintLabelHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of {@link ShopActivities#printLabel} at {@code address}, such as another handle's
     * {@code address()}.
     */
    public static PrintLabelHandle of(ReplyAddress address) {
      return new PrintLabelHandle(address);
    }

    /**
     * Reads a handle from the string {@link #encode()} gave.
     *
     * @throws InvalidHandleException if {@code encoded} is empty, damaged, truncated, of an unknown
     *     version, or made for another method
     */
    public static PrintLabelHandle parse(String encoded) {
      return new PrintLabelHandle(HandleCodec.decode(KEY, null, encoded));
    }

    /**
     * The handle of the latest run of workflow {@code workflowId}, for a party that knows the
     * workflow by its business key, the id it was started with, but was not given a handle. A reply
     * through it asks Temporal which activity of {@link ShopActivities#printLabel} the workflow has
     * pending, and goes to that one.
     */
    public static PrintLabelHandle forWorkflow(String workflowId) {
      return forWorkflow(workflowId, null);
    }

    /**
     * The handle of run {@code runId} (null for the latest run) of workflow {@code workflowId}, for
     * a party that knows the workflow but was not given a handle.
     */
    public static PrintLabelHandle forWorkflow(String workflowId, String runId) {
      return new PrintLabelHandle(new ReplyAddress.BusinessKey(workflowId, runId, null));
    }

    /**
     * The handle of the call of {@link ShopActivities#printLabel} whose hand-off recorded {@code
     * callKey} ({@code ShopActivitiesAsync.printLabel(callKey)}), pending in the latest run of
     * workflow {@code workflowId}: for a workflow that runs several calls of the method at once.
     */
    public static PrintLabelHandle forCall(String workflowId, String callKey) {
      return new PrintLabelHandle(new ReplyAddress.BusinessKey(workflowId, null, callKey));
    }
  }
}

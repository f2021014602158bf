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
   * The reply to the attempt of {@link ShopActivities#confirmPayment} that {@code handle} was made
   * for.
   */
  public CompletionReply<Receipt> confirmPayment(ConfirmPaymentHandle handle) {
    return DeliveringReply.to(channel, handle);
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
   * The reply to the attempt of {@link ShopActivities#pickItems} that {@code handle} was made for.
   * A failure reported through it is retried as the activity's retry policy says.
   */
  public CompletionReply<List<ShopActivities.Item>> pickItems(PickItemsHandle handle) {
    return DeliveringReply.to(channel, handle, ExternalFailures.RETRIED);
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
   * The reply to the attempt of {@link ShopActivities#quoteShipping} that {@code handle} was made
   * for.
   */
  public CompletionReply<Map<String, Amount>> quoteShipping(QuoteShippingHandle handle) {
    return DeliveringReply.to(channel, handle);
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
   * The reply to the attempt of {@link ShopActivities#countParcels} that {@code handle} was made
   * for.
   */
  public CompletionReply<Integer> countParcels(CountParcelsHandle handle) {
    return DeliveringReply.to(channel, handle);
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
   * The reply to the attempt of {@link ShopActivities#approveRefund} that {@code handle} was made
   * for.
   */
  public VoidCompletionReply approveRefund(ApproveRefundHandle handle) {
    return DeliveringReply.to(channel, handle);
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
   * The reply to the attempt of {@link ShopActivities#printLabel} that {@code handle} was made for.
   */
  public CompletionReply<ShopActivities.Tracking.Label> printLabel(PrintLabelHandle handle) {
    return DeliveringReply.to(channel, handle);
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
        MethodRoute.of(ConfirmPaymentHandle.KEY, Receipt.class, ConfirmPaymentHandle::parse),
        MethodRoute.of(
            PickItemsHandle.KEY,
            new TypeToken<List<ShopActivities.Item>>() {}.type(),
            PickItemsHandle::parse,
            ExternalFailures.RETRIED),
        MethodRoute.of(
            QuoteShippingHandle.KEY,
            new TypeToken<Map<String, Amount>>() {}.type(),
            QuoteShippingHandle::parse),
        MethodRoute.of(CountParcelsHandle.KEY, Integer.class, CountParcelsHandle::parse),
        MethodRoute.of(ApproveRefundHandle.KEY, void.class, ApproveRefundHandle::parse),
        MethodRoute.of(
            PrintLabelHandle.KEY, ShopActivities.Tracking.Label.class, PrintLabelHandle::parse));
  }

  /**
   * Addresses one attempt of {@link ShopActivities#confirmPayment}: made inside the activity by
   * {@code ShopActivitiesAsync.confirmPayment()}, handed to the external party as {@link
   * #encode()}, and read back by {@link #parse(String)}.
   */
  public static final class ConfirmPaymentHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "confirmPayment");

    private ConfirmPaymentHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of the activity attempt at {@code address}, such as the task token of an attempt
     * of {@link ShopActivities#confirmPayment}.
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
  }

  /**
   * Addresses one attempt of {@link ShopActivities#pickItems}: made inside the activity by {@code
   * ShopActivitiesAsync.pickItems()}, handed to the external party as {@link #encode()}, and read
   * back by {@link #parse(String)}.
   */
  public static final class PickItemsHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "pickItems");

    private PickItemsHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of the activity attempt at {@code address}, such as the task token of an attempt
     * of {@link ShopActivities#pickItems}.
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
  }

  /**
   * Addresses one attempt of {@link ShopActivities#quoteShipping}: made inside the activity by
   * {@code ShopActivitiesAsync.quoteShipping()}, handed to the external party as {@link #encode()},
   * and read back by {@link #parse(String)}.
   */
  public static final class QuoteShippingHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "quoteShipping");

    private QuoteShippingHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of the activity attempt at {@code address}, such as the task token of an attempt
     * of {@link ShopActivities#quoteShipping}.
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
  }

  /**
   * Addresses one attempt of {@link ShopActivities#countParcels}: made inside the activity by
   * {@code ShopActivitiesAsync.countParcels()}, handed to the external party as {@link #encode()},
   * and read back by {@link #parse(String)}.
   */
  public static final class CountParcelsHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "countParcels");

    private CountParcelsHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of the activity attempt at {@code address}, such as the task token of an attempt
     * of {@link ShopActivities#countParcels}.
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
  }

  /**
   * Addresses one attempt of {@link ShopActivities#approveRefund}: made inside the activity by
   * {@code ShopActivitiesAsync.approveRefund()}, handed to the external party as {@link #encode()},
   * and read back by {@link #parse(String)}.
   */
  public static final class ApproveRefundHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "approveRefund");

    private ApproveRefundHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of the activity attempt at {@code address}, such as the task token of an attempt
     * of {@link ShopActivities#approveRefund}.
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
  }

  /**
   * Addresses one attempt of {@link ShopActivities#printLabel}: made inside the activity by {@code
   * ShopActivitiesAsync.printLabel()}, handed to the external party as {@link #encode()}, and read
   * back by {@link #parse(String)}.
   */
  public static final class PrintLabelHandle extends ReplyHandle {
    /** The method this handle type belongs to, as encoded handles name it. */
    public static final HandleKey KEY = HandleKey.of("ShopActivities", "printLabel");

    private PrintLabelHandle(ReplyAddress address) {
      super(KEY, address);
    }

    /**
     * The handle of the activity attempt at {@code address}, such as the task token of an attempt
     * of {@link ShopActivities#printLabel}.
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
  }
}

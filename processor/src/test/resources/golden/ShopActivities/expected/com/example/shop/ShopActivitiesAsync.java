package com.example.shop;

import dev.handback.internal.ActivityHandoff;
import dev.handback.runtime.HandoffException;
import dev.handback.runtime.ReplyAddress;
import javax.annotation.processing.Generated;

/**
 * The activity side of {@link ShopActivities}: called inside an implementation method, each method
 * here returns the handle an external party replies with, through {@link ShopActivitiesCompleter}.
 * Call it on the thread that runs the activity; it throws {@link HandoffException} anywhere else.
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
 *
 * <p>A method declared with {@code handleScope = ATTEMPT} returns a handle of this attempt only
 * ({@link ReplyAddress.TaskToken}): once the attempt ends, a reply through it records nothing, and
 * a retried attempt returns a new handle.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class ShopActivitiesAsync {
  private ShopActivitiesAsync() {}

  /**
   * Hands off the running {@link ShopActivities#confirmPayment} activity (type {@code
   * Shop_ConfirmPayment}).
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.ConfirmPaymentHandle confirmPayment() {
    return ShopActivitiesCompleter.ConfirmPaymentHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.ConfirmPaymentHandle.KEY,
            ShopActivitiesOptions.CONFIRM_PAYMENT));
  }

  /**
   * {@link #confirmPayment()}, recording {@code callKey} for a reply by business key.
   *
   * @param callKey 1 to 1000 characters
   * @throws HandoffException outside that activity, or if Temporal could not record the key
   */
  public static ShopActivitiesCompleter.ConfirmPaymentHandle confirmPayment(String callKey) {
    return ShopActivitiesCompleter.ConfirmPaymentHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.ConfirmPaymentHandle.KEY,
            ShopActivitiesOptions.CONFIRM_PAYMENT,
            callKey));
  }

  /**
   * Hands off this attempt of the running {@link ShopActivities#pickItems} activity (type {@code
   * Shop_PickItems}).
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.PickItemsHandle pickItems() {
    return ShopActivitiesCompleter.PickItemsHandle.of(
        ActivityHandoff.handOffAttempt(
            ShopActivitiesCompleter.PickItemsHandle.KEY, ShopActivitiesOptions.PICK_ITEMS));
  }

  /**
   * Hands off the running {@link ShopActivities#quoteShipping} activity (type {@code
   * QuoteShipping}).
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.QuoteShippingHandle quoteShipping() {
    return ShopActivitiesCompleter.QuoteShippingHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.QuoteShippingHandle.KEY, ShopActivitiesOptions.QUOTE_SHIPPING));
  }

  /**
   * {@link #quoteShipping()}, recording {@code callKey} for a reply by business key.
   *
   * @param callKey 1 to 1000 characters
   * @throws HandoffException outside that activity, or if Temporal could not record the key
   */
  public static ShopActivitiesCompleter.QuoteShippingHandle quoteShipping(String callKey) {
    return ShopActivitiesCompleter.QuoteShippingHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.QuoteShippingHandle.KEY,
            ShopActivitiesOptions.QUOTE_SHIPPING,
            callKey));
  }

  /**
   * Hands off the running {@link ShopActivities#countParcels} activity (type {@code
   * Shop_CountParcels}).
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.CountParcelsHandle countParcels() {
    return ShopActivitiesCompleter.CountParcelsHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.CountParcelsHandle.KEY, ShopActivitiesOptions.COUNT_PARCELS));
  }

  /**
   * {@link #countParcels()}, recording {@code callKey} for a reply by business key.
   *
   * @param callKey 1 to 1000 characters
   * @throws HandoffException outside that activity, or if Temporal could not record the key
   */
  public static ShopActivitiesCompleter.CountParcelsHandle countParcels(String callKey) {
    return ShopActivitiesCompleter.CountParcelsHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.CountParcelsHandle.KEY,
            ShopActivitiesOptions.COUNT_PARCELS,
            callKey));
  }

  /**
   * Hands off the running {@link ShopActivities#approveRefund} activity (type {@code
   * Shop_ApproveRefund}).
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.ApproveRefundHandle approveRefund() {
    return ShopActivitiesCompleter.ApproveRefundHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.ApproveRefundHandle.KEY, ShopActivitiesOptions.APPROVE_REFUND));
  }

  /**
   * {@link #approveRefund()}, recording {@code callKey} for a reply by business key.
   *
   * @param callKey 1 to 1000 characters
   * @throws HandoffException outside that activity, or if Temporal could not record the key
   */
  public static ShopActivitiesCompleter.ApproveRefundHandle approveRefund(String callKey) {
    return ShopActivitiesCompleter.ApproveRefundHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.ApproveRefundHandle.KEY,
            ShopActivitiesOptions.APPROVE_REFUND,
            callKey));
  }

  /**
   * Hands off the running {@link ShopActivities#printLabel} activity (type {@code
   * Shop_PrintLabel}).
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.PrintLabelHandle printLabel() {
    return ShopActivitiesCompleter.PrintLabelHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.PrintLabelHandle.KEY, ShopActivitiesOptions.PRINT_LABEL));
  }

  /**
   * {@link #printLabel()}, recording {@code callKey} for a reply by business key.
   *
   * @param callKey 1 to 1000 characters
   * @throws HandoffException outside that activity, or if Temporal could not record the key
   */
  public static ShopActivitiesCompleter.PrintLabelHandle printLabel(String callKey) {
    return ShopActivitiesCompleter.PrintLabelHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.PrintLabelHandle.KEY,
            ShopActivitiesOptions.PRINT_LABEL,
            callKey));
  }
}

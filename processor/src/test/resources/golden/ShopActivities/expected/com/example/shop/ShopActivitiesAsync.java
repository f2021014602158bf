package com.example.shop;

import dev.handback.internal.ActivityHandoff;
import dev.handback.runtime.HandoffException;
import javax.annotation.processing.Generated;

/**
 * The activity side of {@link ShopActivities}: called inside an implementation method, each method
 * here returns the handle an external party replies with, through {@link ShopActivitiesCompleter}.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class ShopActivitiesAsync {
  private ShopActivitiesAsync() {}

  /**
   * Hands the running {@link ShopActivities#confirmPayment} activity (type {@code
   * Shop_ConfirmPayment}) off: it does not complete when the implementation returns, and waits for
   * a reply through the returned handle. Call it on the thread that runs the activity; the return
   * value of the implementation is then ignored.
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
   * Hands the running {@link ShopActivities#pickItems} activity (type {@code Shop_PickItems}) off:
   * it does not complete when the implementation returns, and waits for a reply through the
   * returned handle. Call it on the thread that runs the activity; the return value of the
   * implementation is then ignored.
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.PickItemsHandle pickItems() {
    return ShopActivitiesCompleter.PickItemsHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.PickItemsHandle.KEY, ShopActivitiesOptions.PICK_ITEMS));
  }

  /**
   * Hands the running {@link ShopActivities#quoteShipping} activity (type {@code QuoteShipping})
   * off: it does not complete when the implementation returns, and waits for a reply through the
   * returned handle. Call it on the thread that runs the activity; the return value of the
   * implementation is then ignored.
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.QuoteShippingHandle quoteShipping() {
    return ShopActivitiesCompleter.QuoteShippingHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.QuoteShippingHandle.KEY, ShopActivitiesOptions.QUOTE_SHIPPING));
  }

  /**
   * Hands the running {@link ShopActivities#countParcels} activity (type {@code Shop_CountParcels})
   * off: it does not complete when the implementation returns, and waits for a reply through the
   * returned handle. Call it on the thread that runs the activity; the return value of the
   * implementation is then ignored.
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.CountParcelsHandle countParcels() {
    return ShopActivitiesCompleter.CountParcelsHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.CountParcelsHandle.KEY, ShopActivitiesOptions.COUNT_PARCELS));
  }

  /**
   * Hands the running {@link ShopActivities#approveRefund} activity (type {@code
   * Shop_ApproveRefund}) off: it does not complete when the implementation returns, and waits for a
   * reply through the returned handle. Call it on the thread that runs the activity; the return
   * value of the implementation is then ignored.
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.ApproveRefundHandle approveRefund() {
    return ShopActivitiesCompleter.ApproveRefundHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.ApproveRefundHandle.KEY, ShopActivitiesOptions.APPROVE_REFUND));
  }

  /**
   * Hands the running {@link ShopActivities#printLabel} activity (type {@code Shop_PrintLabel})
   * off: it does not complete when the implementation returns, and waits for a reply through the
   * returned handle. Call it on the thread that runs the activity; the return value of the
   * implementation is then ignored.
   *
   * @throws HandoffException outside that activity
   */
  public static ShopActivitiesCompleter.PrintLabelHandle printLabel() {
    return ShopActivitiesCompleter.PrintLabelHandle.of(
        ActivityHandoff.handOff(
            ShopActivitiesCompleter.PrintLabelHandle.KEY, ShopActivitiesOptions.PRINT_LABEL));
  }
}

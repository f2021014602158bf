package com.example.shop;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

/** Golden input: every result shape and every option attribute Handback reads. */
@ActivityInterface(namePrefix = "Shop_")
// Handback's guidance warnings (HB101 no heartbeat, HB102 TRY_CANCEL and ABANDON) are heeded
// elsewhere; this input exercises every attribute, so it silences them for the whole interface.
@SuppressWarnings({"handback:HB101", "handback:HB102"})
@AsyncCompletable(
    startToClose = "P2D",
    scheduleToStart = "PT10M",
    taskQueue = "shop-humans",
    retry = @Retry(maximumAttempts = 3))
public interface ShopActivities {

  /** Uses the interface-level options; returns a top-level record. */
  Receipt confirmPayment(String orderId, Amount amount);

  /** Overrides the interface-level options with every attribute set. */
  @AsyncCompletable(
      startToClose = "PT4H",
      scheduleToClose = "P1D",
      scheduleToStart = "PT30M",
      heartbeat = "PT5M",
      taskQueue = "warehouse",
      retry =
          @Retry(
              initialInterval = "PT10S",
              backoffCoefficient = 1.5,
              maximumInterval = "PT10M",
              maximumAttempts = 5,
              doNotRetry = {"com.example.shop.OutOfStock", "Cancelled"}),
      retryExternalFailures = true,
      cancellationType = ActivityCancellationType.TRY_CANCEL)
  List<Item> pickItems(String orderId);

  /** Explicit activity type name and a parameterized map result. */
  @ActivityMethod(name = "QuoteShipping")
  @AsyncCompletable(scheduleToClose = "PT2H", cancellationType = ActivityCancellationType.ABANDON)
  Map<String, Amount> quoteShipping(String orderId);

  /** A primitive result, boxed in the generated reply. */
  int countParcels(String orderId);

  /** No result at all. */
  @AsyncCompletable(startToClose = "PT15M", heartbeat = "PT1M")
  void approveRefund(String orderId, Amount amount);

  /** A result type nested in the interface. */
  Tracking.Label printLabel(String orderId);

  /** A line of an order. */
  record Item(String sku, int quantity) {}

  /** Where a parcel is. */
  interface Tracking {
    /** A shipping label. */
    record Label(String carrier, String trackingNumber) {}
  }
}

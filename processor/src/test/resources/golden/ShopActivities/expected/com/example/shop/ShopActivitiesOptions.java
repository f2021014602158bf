package com.example.shop;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The activity options declared on {@link ShopActivities}, per method and by activity type, and
 * activity stubs that use them in workflow code.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class ShopActivitiesOptions {
  /** The activity type name of {@link ShopActivities#confirmPayment}. */
  public static final String CONFIRM_PAYMENT = "Shop_ConfirmPayment";

  /** The activity type name of {@link ShopActivities#pickItems}. */
  public static final String PICK_ITEMS = "Shop_PickItems";

  /** The activity type name of {@link ShopActivities#quoteShipping}. */
  public static final String QUOTE_SHIPPING = "QuoteShipping";

  /** The activity type name of {@link ShopActivities#countParcels}. */
  public static final String COUNT_PARCELS = "Shop_CountParcels";

  /** The activity type name of {@link ShopActivities#approveRefund}. */
  public static final String APPROVE_REFUND = "Shop_ApproveRefund";

  /** The activity type name of {@link ShopActivities#printLabel}. */
  public static final String PRINT_LABEL = "Shop_PrintLabel";

  /**
   * The options that {@code confirmPayment}, {@code countParcels} and {@code printLabel} declare
   * alike.
   */
  private static final ActivityOptions CONFIRM_PAYMENT_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.parse("P2D"))
          .setScheduleToStartTimeout(Duration.parse("PT10M"))
          .setTaskQueue("shop-humans")
          .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(3).build())
          .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
          .build();

  private static final ActivityOptions PICK_ITEMS_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.parse("PT4H"))
          .setScheduleToCloseTimeout(Duration.parse("P1D"))
          .setScheduleToStartTimeout(Duration.parse("PT30M"))
          .setHeartbeatTimeout(Duration.parse("PT5M"))
          .setTaskQueue("warehouse")
          .setRetryOptions(
              RetryOptions.newBuilder()
                  .setInitialInterval(Duration.parse("PT10S"))
                  .setBackoffCoefficient(1.5)
                  .setMaximumInterval(Duration.parse("PT10M"))
                  .setMaximumAttempts(5)
                  .setDoNotRetry("com.example.shop.OutOfStock", "Cancelled")
                  .build())
          .setCancellationType(ActivityCancellationType.TRY_CANCEL)
          .build();

  private static final ActivityOptions QUOTE_SHIPPING_OPTIONS =
      ActivityOptions.newBuilder()
          .setScheduleToCloseTimeout(Duration.parse("PT2H"))
          .setCancellationType(ActivityCancellationType.ABANDON)
          .build();

  private static final ActivityOptions APPROVE_REFUND_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.parse("PT15M"))
          .setHeartbeatTimeout(Duration.parse("PT1M"))
          .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
          .build();

  private static final Map<String, ActivityOptions> BY_ACTIVITY_TYPE = byActivityTypeMap();

  private ShopActivitiesOptions() {}

  /** The options of {@link ShopActivities#confirmPayment}, as its annotation declares them. */
  public static ActivityOptions confirmPayment() {
    return CONFIRM_PAYMENT_OPTIONS;
  }

  /** The options of {@link ShopActivities#pickItems}, as its annotation declares them. */
  public static ActivityOptions pickItems() {
    return PICK_ITEMS_OPTIONS;
  }

  /** The options of {@link ShopActivities#quoteShipping}, as its annotation declares them. */
  public static ActivityOptions quoteShipping() {
    return QUOTE_SHIPPING_OPTIONS;
  }

  /** The options of {@link ShopActivities#countParcels}, as its annotation declares them. */
  public static ActivityOptions countParcels() {
    return CONFIRM_PAYMENT_OPTIONS;
  }

  /** The options of {@link ShopActivities#approveRefund}, as its annotation declares them. */
  public static ActivityOptions approveRefund() {
    return APPROVE_REFUND_OPTIONS;
  }

  /** The options of {@link ShopActivities#printLabel}, as its annotation declares them. */
  public static ActivityOptions printLabel() {
    return CONFIRM_PAYMENT_OPTIONS;
  }

  /**
   * The options of every annotated method, keyed by activity type name, for {@code
   * Workflow.newActivityStub(Class, ActivityOptions, Map)}.
   */
  public static Map<String, ActivityOptions> byActivityType() {
    return BY_ACTIVITY_TYPE;
  }

  private static Map<String, ActivityOptions> byActivityTypeMap() {
    Map<String, ActivityOptions> map = new LinkedHashMap<>();
    map.put(CONFIRM_PAYMENT, CONFIRM_PAYMENT_OPTIONS);
    map.put(PICK_ITEMS, PICK_ITEMS_OPTIONS);
    map.put(QUOTE_SHIPPING, QUOTE_SHIPPING_OPTIONS);
    map.put(COUNT_PARCELS, CONFIRM_PAYMENT_OPTIONS);
    map.put(APPROVE_REFUND, APPROVE_REFUND_OPTIONS);
    map.put(PRINT_LABEL, CONFIRM_PAYMENT_OPTIONS);
    return Collections.unmodifiableMap(map);
  }

  /**
   * An activity stub for workflow code in which every method uses the options its annotation
   * declares.
   */
  public static ShopActivities newStub() {
    return newStub(ActivityOptions.newBuilder().build());
  }

  /**
   * An activity stub for workflow code: every annotated method uses the options its annotation
   * declares on top of {@code baseOptions}, and any other method uses {@code baseOptions}.
   */
  public static ShopActivities newStub(ActivityOptions baseOptions) {
    return Workflow.newActivityStub(ShopActivities.class, baseOptions, BY_ACTIVITY_TYPE);
  }
}

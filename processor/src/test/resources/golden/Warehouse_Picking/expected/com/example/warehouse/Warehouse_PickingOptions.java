package com.example.warehouse;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The activity options declared on {@link Warehouse.Picking}, per method and by activity type, and
 * activity stubs that use them in workflow code.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class Warehouse_PickingOptions {
  /** The activity type name of {@link Warehouse.Picking#scanShelf}. */
  public static final String SCAN_SHELF = "ScanShelf";

  private static final ActivityOptions SCAN_SHELF_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.parse("PT8H"))
          .setHeartbeatTimeout(Duration.parse("PT10M"))
          .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
          .build();

  private static final Map<String, ActivityOptions> BY_ACTIVITY_TYPE = byActivityTypeMap();

  private Warehouse_PickingOptions() {}

  /** The options of {@link Warehouse.Picking#scanShelf}, as its annotation declares them. */
  public static ActivityOptions scanShelf() {
    return SCAN_SHELF_OPTIONS;
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
    map.put(SCAN_SHELF, SCAN_SHELF_OPTIONS);
    return Collections.unmodifiableMap(map);
  }

  /**
   * An activity stub for workflow code: every annotated method uses the options its annotation
   * declares on top of {@code baseOptions}, and any other method uses {@code baseOptions}.
   */
  public static Warehouse.Picking newStub(ActivityOptions baseOptions) {
    return Workflow.newActivityStub(Warehouse.Picking.class, baseOptions, BY_ACTIVITY_TYPE);
  }
}

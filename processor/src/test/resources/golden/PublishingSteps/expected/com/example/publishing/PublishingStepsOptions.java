package com.example.publishing;

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
 * The activity options declared on {@link PublishingSteps}, per method and by activity type, and
 * activity stubs that use them in workflow code.
 */
@Generated("dev.handback.processor.HandbackProcessor")
public final class PublishingStepsOptions {
  /** The activity type name of {@link PublishingSteps#submitForReview}. */
  public static final String SUBMIT_FOR_REVIEW = "Publishing_SubmitForReview";

  /** The activity type name of {@link PublishingSteps#translate}. */
  public static final String TRANSLATE = "Publishing_Translate";

  /** The activity type name of {@link PublishingSteps#announce}. */
  public static final String ANNOUNCE = "Publishing_Notify";

  /** The activity type name of {@link PublishingSteps#legalSignOff}. */
  public static final String LEGAL_SIGN_OFF = "Publishing_LegalSignOff";

  /** The activity type name of {@link PublishingSteps#publicationStatus}. */
  public static final String PUBLICATION_STATUS = "Publishing_PublicationStatus";

  /** The options that {@code submitForReview} and {@code announce} declare alike. */
  private static final ActivityOptions SUBMIT_FOR_REVIEW_OPTIONS =
      ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.parse("PT1M")).build();

  private static final ActivityOptions TRANSLATE_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.parse("PT2M"))
          .setScheduleToCloseTimeout(Duration.parse("PT1H"))
          .setTaskQueue("translations")
          .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(5).build())
          .build();

  private static final ActivityOptions LEGAL_SIGN_OFF_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.parse("P7D"))
          .setHeartbeatTimeout(Duration.parse("PT1H"))
          .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
          .build();

  private static final ActivityOptions PUBLICATION_STATUS_OPTIONS =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.parse("PT30S"))
          .setScheduleToCloseTimeout(Duration.parse("P1D"))
          .setRetryOptions(
              RetryOptions.newBuilder()
                  .setInitialInterval(Duration.parse("PT5M"))
                  .setBackoffCoefficient(1.0)
                  .setMaximumInterval(Duration.parse("PT5M"))
                  .setDoNotRetry("com.example.publishing.Withdrawn")
                  .build())
          .build();

  private static final Map<String, ActivityOptions> BY_ACTIVITY_TYPE = byActivityTypeMap();

  private PublishingStepsOptions() {}

  /** The options of {@link PublishingSteps#submitForReview}, as its annotation declares them. */
  public static ActivityOptions submitForReview() {
    return SUBMIT_FOR_REVIEW_OPTIONS;
  }

  /** The options of {@link PublishingSteps#translate}, as its annotation declares them. */
  public static ActivityOptions translate() {
    return TRANSLATE_OPTIONS;
  }

  /** The options of {@link PublishingSteps#announce}, as its annotation declares them. */
  public static ActivityOptions announce() {
    return SUBMIT_FOR_REVIEW_OPTIONS;
  }

  /** The options of {@link PublishingSteps#legalSignOff}, as its annotation declares them. */
  public static ActivityOptions legalSignOff() {
    return LEGAL_SIGN_OFF_OPTIONS;
  }

  /** The options of {@link PublishingSteps#publicationStatus}, as its annotation declares them. */
  public static ActivityOptions publicationStatus() {
    return PUBLICATION_STATUS_OPTIONS;
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
    map.put(SUBMIT_FOR_REVIEW, SUBMIT_FOR_REVIEW_OPTIONS);
    map.put(TRANSLATE, TRANSLATE_OPTIONS);
    map.put(ANNOUNCE, SUBMIT_FOR_REVIEW_OPTIONS);
    map.put(LEGAL_SIGN_OFF, LEGAL_SIGN_OFF_OPTIONS);
    map.put(PUBLICATION_STATUS, PUBLICATION_STATUS_OPTIONS);
    return Collections.unmodifiableMap(map);
  }

  /**
   * An activity stub for workflow code in which every method uses the options its annotation
   * declares.
   */
  public static PublishingSteps newStub() {
    return newStub(ActivityOptions.newBuilder().build());
  }

  /**
   * An activity stub for workflow code: every annotated method uses the options its annotation
   * declares on top of {@code baseOptions}, and any other method uses {@code baseOptions}.
   */
  public static PublishingSteps newStub(ActivityOptions baseOptions) {
    return Workflow.newActivityStub(PublishingSteps.class, baseOptions, BY_ACTIVITY_TYPE);
  }
}

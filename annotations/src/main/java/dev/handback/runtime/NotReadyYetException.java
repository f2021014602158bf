package dev.handback.runtime;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@code @Polled} activity throws while the external system has no result yet: Temporal
 * retries the activity on the fixed interval the annotation declares, until it returns or the
 * {@code giveUpAfter} time is spent. Throw the failure {@link #because(String)} returns:
 *
 * <pre>{@code
 * return desk.decisionOn(documentId)
 *     .orElseThrow(() -> NotReadyYetException.because("no decision on " + documentId + " yet"));
 * }</pre>
 *
 * <p>Each poll without a result is then logged in one line at INFO by this class's logger, without
 * a stack trace; a real error keeps Temporal's own WARN with its trace. Throwing {@code new
 * NotReadyYetException(reason)} is retried the same way, but Temporal logs it as a failed attempt,
 * at WARN (in two lines: this exception has no stack trace of its own).
 *
 * <p>Either way the activity fails with an ordinary retryable failure of type {@link #TYPE}, which
 * is what the retry policy, the workflow and the activity's history see; a real error is made final
 * with {@code @Polled(doNotRetry = ...)} or {@code ApplicationFailure.newNonRetryableFailure}.
 */
public class NotReadyYetException extends RuntimeException {
  /**
   * The failure type Temporal records for a poll without a result, this class's name: the type
   * {@code @Polled(doNotRetry)} must not list, and the one a workflow finds in the last failure
   * when the polling gave up.
   */
  public static final String TYPE = "dev.handback.runtime.NotReadyYetException";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(NotReadyYetException.class);

  /**
   * Not ready yet, and why, for the activity's failure history. Prefer {@link #because(String)},
   * which Temporal logs in one line rather than as a failed attempt at WARN.
   */
  public NotReadyYetException(String message) {
    super(message, null, false, false);
  }

  /**
   * The failure to throw from a {@code @Polled} activity while the external system has no result
   * yet: a retryable {@link ApplicationFailure} of type {@link #TYPE} with {@code reason} as its
   * message, in Temporal's {@link ApplicationErrorCategory#BENIGN} category, which Temporal's
   * worker logs at DEBUG instead of as a failed attempt at WARN. Logs one line at INFO naming the
   * activity type, the attempt and {@code reason}; call it in the {@code throw} statement.
   *
   * @param reason why there is no result yet, for the log and the activity's failure history
   */
  public static ApplicationFailure because(String reason) {
    Objects.requireNonNull(reason, "reason");
    ActivityInfo activity = currentActivity();
    if (activity == null) {
      LOG.info("Not ready yet: {}", reason);
    } else {
      LOG.info(
          "{} not ready yet (attempt {}, workflowId={}, activityId={}): {}",
          activity.getActivityType(),
          activity.getAttempt(),
          activity.getWorkflowId(),
          activity.getActivityId(),
          reason);
    }
    return ApplicationFailure.newBuilder()
        .setType(TYPE)
        .setMessage(reason)
        .setCategory(ApplicationErrorCategory.BENIGN)
        .build();
  }

  /** The running activity's info, or null when called outside an activity (a unit test). */
  private static ActivityInfo currentActivity() {
    try {
      return Activity.getExecutionContext().getInfo();
    } catch (IllegalStateException notInAnActivity) {
      return null;
    }
  }
}

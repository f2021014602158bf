package dev.handback;

import io.temporal.activity.ActivityCancellationType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an activity method whose result is delivered later by someone else: the activity hands a
 * reply handle to an external party and returns without completing; that party completes, fails,
 * heartbeats or reports cancellation through the generated {@code FooCompleter}.
 *
 * <p>On an {@code @ActivityInterface} it applies to every method that carries no annotation of its
 * own. The processor generates, next to the interface {@code Foo}: {@code FooCompleter} (the
 * external party's typed client and one handle type per method), {@code FooAsync} (called inside
 * the activity implementation to obtain the handle) and {@code FooOptions} (the activity options
 * declared here).
 *
 * <p>Durations are ISO-8601 strings as read by {@link java.time.Duration#parse}, for example {@code
 * "P7D"}, {@code "PT1H"} or {@code "PT30M"}. An empty string means "not set". At least one of
 * {@link #startToClose()} and {@link #scheduleToClose()} must be set.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AsyncCompletable {

  /**
   * Longest time one attempt may take, from the moment a worker starts it until the external party
   * completes it: the whole external wait, for example {@code "P7D"}. A worker that dies before it
   * handed the handle over is retried only after this time, unless {@link #heartbeat()} is set.
   */
  String startToClose() default "";

  /** Longest time for the activity as a whole, all attempts and retries included. */
  String scheduleToClose() default "";

  /** Longest time the activity may wait in the task queue before a worker picks it up. */
  String scheduleToStart() default "";

  /**
   * Longest time between two heartbeats. The external party keeps the activity alive by calling
   * {@code heartbeat} on its reply; a worker that dies before the hand-off is then retried after
   * this time instead of after {@link #startToClose()}.
   */
  String heartbeat() default "";

  /** Task queue of the activity; empty means the workflow's own task queue. */
  String taskQueue() default "";

  /**
   * How retries are made when an attempt fails or times out. A failure the external party reports
   * with {@code fail} is not retried, unless {@link #retryExternalFailures()} is true.
   */
  Retry retry() default @Retry;

  /**
   * Whether a failure the external party reports with {@code fail} goes through {@link #retry()}
   * like a failure of the activity itself. False (the default): it is final, as on the
   * {@code @ExternalResult} path; the workflow's activity call throws it at once, whatever the
   * retry policy says. True: the policy decides, and each retry runs the implementation again,
   * which asks the external party anew with a new handle; list the failures that are final in
   * {@code retry.doNotRetry}, and limit the attempts, or a "no" is asked again without end (warning
   * HB107).
   */
  boolean retryExternalFailures() default false;

  /**
   * What a workflow that cancels this activity waits for. The default, {@link
   * ActivityCancellationType#WAIT_CANCELLATION_COMPLETED}, lets the external party learn of the
   * cancellation (its {@code heartbeat} throws {@link
   * dev.handback.runtime.ActivityCancellationRequestedException}) and answer with {@code
   * reportCancellation}; with {@link ActivityCancellationType#TRY_CANCEL} the workflow moves on at
   * once and the external party only finds the activity gone.
   */
  ActivityCancellationType cancellationType() default
      ActivityCancellationType.WAIT_CANCELLATION_COMPLETED;
}

package dev.handback;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an activity method that polls an external system it cannot change: each attempt asks once
 * and, while there is no result yet, throws the failure {@link
 * dev.handback.runtime.NotReadyYetException#because(String)} returns (logged in one line per poll).
 * Temporal then retries it {@link #every()} so long, with no backoff and no limit on attempts,
 * until it returns or {@link #giveUpAfter()} has passed. Polling faster than once a minute draws
 * warning HB106: Temporal advises polling by retries only at intervals of a minute or longer.
 *
 * <p>The processor generates the activity options into {@code FooOptions}: retry interval initial =
 * maximum = {@code every}, backoff coefficient 1.0, unlimited attempts, schedule-to-close {@code
 * giveUpAfter}, start-to-close {@code attemptTimeout}. There is nothing to complete from outside,
 * so a polled method has no completer entry.
 *
 * <p>Durations are ISO-8601 strings as read by {@link java.time.Duration#parse}. On an
 * {@code @ActivityInterface} it applies to every method without a path annotation of its own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Polled {

  /** Time between two polls, for example {@code "PT5M"}. */
  String every();

  /** How long to keep polling, all attempts included, for example {@code "P1D"}. */
  String giveUpAfter();

  /** Longest time one poll may take. */
  String attemptTimeout() default "PT30S";

  /** Task queue of the activity; empty means the workflow's own task queue. */
  String taskQueue() default "";

  /**
   * Error types that end the polling at once instead of being retried: for a Java exception its
   * fully qualified class name, for an {@code ApplicationFailure} its type. {@code
   * NotReadyYetException} must not be among them.
   */
  String[] doNotRetry() default {};
}

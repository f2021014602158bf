package dev.handback;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Retry settings of an activity, as Temporal's {@code RetryOptions}. Every attribute left at its
 * default keeps Temporal's own default (initial interval 1 s, backoff 2.0, maximum interval 100 ×
 * the initial interval, unlimited attempts).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Retry {

  /**
   * Wait before the first retry, an ISO-8601 duration such as {@code "PT10S"}; empty: Temporal's.
   */
  String initialInterval() default "";

  /**
   * Factor by which the wait grows from one retry to the next; at least 1.0. 0 means Temporal's.
   */
  double backoffCoefficient() default 0;

  /** Longest wait between two retries, an ISO-8601 duration; empty: Temporal's. */
  String maximumInterval() default "";

  /** Most attempts in all, the first included; 0 means unlimited. */
  int maximumAttempts() default 0;

  /**
   * Error types that are never retried: for a Java exception its fully qualified class name, for an
   * {@code ApplicationFailure} its type.
   */
  String[] doNotRetry() default {};
}

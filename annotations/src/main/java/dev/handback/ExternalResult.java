package dev.handback;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an activity method whose result the external party delivers later to the workflow by
 * signal: the activity hands the external system a reply handle and completes at once; the workflow
 * then waits for the result in its generated inbox. Choose it when the external system is reliable
 * and needs neither heartbeat nor cancellation: the activity's own timeout is then short (a minute
 * by default), so a worker that dies before it notified the external system is retried within that
 * minute instead of after the whole external wait.
 *
 * <p>On an {@code @ActivityInterface} it applies to every method that carries no path annotation of
 * its own; a method's own {@code @AsyncCompletable}, {@code @ExternalResult} or {@code @Polled}
 * wins over the interface's. The processor generates, next to the interface {@code Foo}, beside
 * what {@link AsyncCompletable} generates ({@code FooCompleter}, {@code FooAsync}, {@code
 * FooOptions}): {@code FooSignals}, one {@code @SignalMethod} per method, and {@code FooInbox}, the
 * workflow-side helper that waits for each result.
 *
 * <p>The external party's code is the same as for {@code @AsyncCompletable}: {@code
 * completer.method(Handle.parse(text)).complete(result)} or {@code .fail(exception)}.
 *
 * <p>Durations are ISO-8601 strings as read by {@link java.time.Duration#parse}; an empty string
 * means "not set".
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ExternalResult {

  /**
   * Name of the signal that carries the result. Empty (the default) means the method's activity
   * type followed by {@code Result}: for activity type {@code Review_SubmitForReview} the signal is
   * {@code Review_SubmitForReviewResult}. Each method of an interface needs its own signal.
   */
  String signal() default "";

  /**
   * How long the workflow waits for the result, counted from its call of {@code
   * inbox.method().await()}, for example {@code "P7D"}. Required.
   */
  String timeout();

  /**
   * Longest time one attempt of the activity may take to hand the request to the external system
   * and return. One minute by default, so a lost hand-off is retried within a minute.
   */
  String startToClose() default "PT1M";

  /** Longest time for the activity as a whole, all attempts and retries included. */
  String scheduleToClose() default "";

  /** Longest time the activity may wait in the task queue before a worker picks it up. */
  String scheduleToStart() default "";

  /** Longest time between two heartbeats of the activity itself; empty: none. */
  String heartbeat() default "";

  /** Task queue of the activity; empty means the workflow's own task queue. */
  String taskQueue() default "";

  /** How retries are made when an attempt fails or times out; by default Temporal's retries. */
  Retry retry() default @Retry;
}

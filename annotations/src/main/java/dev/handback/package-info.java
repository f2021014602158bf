/**
 * The annotations activity authors write on Temporal activity interfaces: {@link
 * dev.handback.AsyncCompletable} (the external party completes the activity), {@link
 * dev.handback.ExternalResult} (the activity completes at once and the result comes back by
 * signal), {@link dev.handback.Polled} (the activity is retried until the external system answers),
 * and {@link dev.handback.Retry} for their retry policies.
 */
package dev.handback;

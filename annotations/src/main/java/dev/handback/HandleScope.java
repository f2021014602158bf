package dev.handback;

/**
 * What the handle of an {@code @AsyncCompletable} method addresses, chosen with {@link
 * AsyncCompletable#handleScope()}.
 */
public enum HandleScope {
  /**
   * The activity, whatever its attempt (the default): the handle carries the workflow id, run id
   * and activity id, which stay the same when Temporal retries the activity, and a reply goes
   * through Temporal's by-id calls to the attempt that is current when it arrives. Every attempt
   * hands out the same handle, so the external party can recognise a repeated request by it. The
   * activity can record a call key ({@code FooAsync.m(callKey)}) that a reply by business key
   * finds.
   */
  ACTIVITY,

  /**
   * One attempt: the handle carries that attempt's task token, and stops working when the attempt
   * ends — a reply sent after a retry throws {@code ActivityNoLongerWaitingException} and records
   * nothing, so work started for an abandoned attempt cannot complete the next one. Each attempt
   * hands out a new handle.
   */
  ATTEMPT
}

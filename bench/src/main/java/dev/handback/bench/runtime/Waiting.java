package dev.handback.bench.runtime;

/**
 * An activity that has handed itself off and waits for its result: what the external system
 * received, in every form the benchmark's variants use.
 *
 * @param handle the encoded handle by activity ids, as {@code OrderActivitiesAsync.approve()}
 *     returns it
 * @param tokenHandle the encoded handle of the attempt's task token, as a method with {@code
 *     handleScope = ATTEMPT} hands it out
 * @param token the raw task token, as a hand-written integration passes it to Temporal
 * @param workflowId the workflow's id, its business key
 * @param orderId the order the activity waits for
 */
// The token is passed to Temporal as is, never compared.
@SuppressWarnings("ArrayRecordComponent")
record Waiting(
    String handle, String tokenHandle, byte[] token, String workflowId, String orderId) {}

package dev.handback.bench.runtime;

/**
 * An activity that has handed itself off and waits for its result: what the external system
 * received, in both forms the benchmark's variants use.
 *
 * @param handle the encoded handle, as the generated completer's user receives it
 * @param token the raw task token, as a hand-written integration passes it to Temporal
 * @param orderId the order the activity waits for
 */
// The token is passed to Temporal as is, never compared.
@SuppressWarnings("ArrayRecordComponent")
record Waiting(String handle, byte[] token, String orderId) {}

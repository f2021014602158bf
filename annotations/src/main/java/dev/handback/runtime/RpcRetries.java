package dev.handback.runtime;

import io.temporal.internal.retryer.GrpcRetryer;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;

/**
 * Retries a call to Temporal exactly as the SDK's own clients do: with the SDK's retryer and the
 * {@code RpcRetryOptions} of the {@code WorkflowServiceStubs}, so {@code UNAVAILABLE} and the other
 * transient statuses are retried with backoff until the options run out, and what cannot succeed
 * ({@code NOT_FOUND}, {@code INVALID_ARGUMENT}, …) is thrown at once. Used for the calls whose SDK
 * method does not retry ({@code heartbeat}) or only logs ({@code reportCancellation}).
 */
final class RpcRetries {
  // GrpcRetryer sits in an SDK-internal package; it is what ActivityCompletionClient and
  // WorkflowStub retry with, so the same options mean the same retries on every call.
  private final GrpcRetryer retryer;
  private final GrpcRetryer.GrpcRetryerOptions options;

  RpcRetries(WorkflowServiceStubs stubs) {
    this.retryer = new GrpcRetryer(stubs.getServerCapabilities());
    this.options =
        new GrpcRetryer.GrpcRetryerOptions(
            RpcRetryOptions.newBuilder().buildWithDefaultsFrom(stubs.getOptions().getRpcRetryOptions()),
            null);
  }

  /**
   * Runs {@code call}, retrying it while it throws a retryable {@code StatusRuntimeException};
   * throws the last one when the retries run out, and any other exception at once.
   */
  void run(Runnable call) {
    retryer.retry(call::run, options);
  }
}

package dev.handback.internal;

import io.temporal.api.workflowservice.v1.GetSystemInfoResponse.Capabilities;
import io.temporal.internal.retryer.GrpcRetryer;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.function.Supplier;

/**
 * Retries calls to Temporal as the SDK's own clients do: with the SDK's retryer and the {@code
 * RpcRetryOptions} of the {@code WorkflowServiceStubs}, so {@code UNAVAILABLE} and the other
 * transient statuses are retried with backoff until the options run out, and what cannot succeed
 * ({@code NOT_FOUND}, {@code INVALID_ARGUMENT}, …) is thrown at once.
 *
 * <p>It also {@linkplain #connect() connects} with those retries. The SDK's retryer first asks the
 * stubs for the server's capabilities, which a new client fetches with one {@code GetSystemInfo}
 * retried only for the stubs' short system-info timeout; when that fails the SDK gives up at once,
 * so without this a new completer's first reply during an outage would not be retried.
 */
final class RpcRetries {
  // GrpcRetryer sits in an SDK-internal package; it is what ActivityCompletionClient and
  // WorkflowStub retry with, so the same options mean the same retries on every call.
  private final WorkflowServiceStubs stubs;
  private final GrpcRetryer retryer;
  private final GrpcRetryer.GrpcRetryerOptions options;
  private volatile Capabilities capabilities;

  RpcRetries(WorkflowServiceStubs stubs) {
    this.stubs = stubs;
    // Until the server answered, the SDK's defaults for a server of unknown capabilities.
    this.retryer =
        new GrpcRetryer(
            () -> capabilities == null ? Capabilities.getDefaultInstance() : capabilities);
    this.options =
        new GrpcRetryer.GrpcRetryerOptions(
            RpcRetryOptions.newBuilder()
                .buildWithDefaultsFrom(stubs.getOptions().getRpcRetryOptions()),
            null);
  }

  /**
   * Makes sure the stubs know the server's capabilities, retrying until the server answers or the
   * options run out, so that the SDK's own retries work from the first call on.
   */
  void connect() {
    if (capabilities == null) {
      capabilities = retryer.retryWithResult(() -> stubs.getServerCapabilities().get(), options);
    }
  }

  /**
   * Runs {@code call}, retrying it while it throws a retryable {@code StatusRuntimeException};
   * throws the last one when the retries run out, and any other exception at once.
   */
  void run(Runnable call) {
    connect();
    retryer.retry(call::run, options);
  }

  /** {@link #run(Runnable)} for a call that answers something. */
  <T> T get(Supplier<T> call) {
    connect();
    return retryer.retryWithResult(call::get, options);
  }
}

package dev.handback.runtime;

import io.grpc.Status;

/**
 * Temporal could not take a reply for a while — it was unreachable ({@code UNAVAILABLE}), did not
 * answer in time ({@code DEADLINE_EXCEEDED}), was rate-limiting ({@code RESOURCE_EXHAUSTED}) or
 * failed inside — and the client retried with backoff until the {@code RpcRetryOptions} of its
 * {@code WorkflowServiceStubs} ran out. The reply may or may not have been recorded: send it again
 * later. A repeat cannot record a second result: a completer made from a {@code WorkflowClient}
 * finds the first in Temporal's history and returns as for a reply recorded now (the webhook
 * answers {@code "duplicate": true}), and a workflow's inbox keeps the first result.
 */
public final class TemporalUnavailableException extends ReplyNotDeliveredException {
  private static final long serialVersionUID = 1L;

  /** Temporal could not take a reply; its last answer was {@code status}. */
  public TemporalUnavailableException(String message, Status.Code status, Throwable cause) {
    super(message, status, cause);
  }
}

package dev.handback.runtime;

import io.grpc.Status;

/**
 * Temporal did not take a reply: it refused it ({@link ReplyRefusedException}) or could not be
 * reached or could not process it before the client's retries ran out ({@link
 * TemporalUnavailableException}). Catch this type to handle both alike. The message names the
 * method, the address (never a token) and the gRPC status Temporal answered.
 */
public abstract sealed class ReplyNotDeliveredException extends RuntimeException
    permits ReplyRefusedException, TemporalUnavailableException {
  private static final long serialVersionUID = 1L;

  private final Status.Code status;

  ReplyNotDeliveredException(String message, Status.Code status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The gRPC status code of Temporal's last answer, such as {@code UNAVAILABLE}. */
  public Status.Code status() {
    return status;
  }
}

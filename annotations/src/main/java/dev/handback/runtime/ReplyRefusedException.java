package dev.handback.runtime;

import io.grpc.Status;

/**
 * Temporal refused a reply with a status that no retry can change, such as {@code
 * INVALID_ARGUMENT}, {@code PERMISSION_DENIED} or {@code UNAUTHENTICATED}: nothing was recorded,
 * and sending the same reply through the same client fails the same way. The reply was sent once,
 * not retried. The message says what the status means and what to fix.
 */
public final class ReplyRefusedException extends ReplyNotDeliveredException {
  private static final long serialVersionUID = 1L;

  /** Temporal refused a reply with {@code status}; {@code message} says what to fix. */
  public ReplyRefusedException(String message, Status.Code status, Throwable cause) {
    super(message, status, cause);
  }
}

package dev.handback.internal;

import dev.handback.runtime.NoLongerWaitingException;
import dev.handback.runtime.ReplyNotDeliveredException;
import dev.handback.runtime.ReplyRefusedException;
import dev.handback.runtime.TemporalUnavailableException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.internal.retryer.GrpcMessageTooLargeException;
import java.util.Optional;

/**
 * Turns the gRPC status behind a failed reply into {@link ReplyRefusedException} or {@link
 * TemporalUnavailableException}, with a message that says what the status means for the reply and
 * what to do. {@code NOT_FOUND} is not handled here: it means nobody waits for the reply, which the
 * channel reports as a {@link NoLongerWaitingException}.
 */
final class StatusTranslation {
  /** Longest part of the server's own description a message quotes. */
  private static final int DESCRIPTION_CHARS = 200;

  private StatusTranslation() {}

  /** The Handback exception for the gRPC status in {@code thrown}'s causes, if there is one. */
  static Optional<ReplyNotDeliveredException> of(String target, Throwable thrown) {
    return statusOf(thrown).map(status -> translate(target, status));
  }

  private static ReplyNotDeliveredException translate(
      String target, StatusRuntimeException thrown) {
    Status.Code code = thrown.getStatus().getCode();
    String answered = code + describe(thrown.getStatus());
    if (thrown instanceof GrpcMessageTooLargeException) {
      // RESOURCE_EXHAUSTED for a message over gRPC's size limit: the SDK does not retry it either.
      return refused(
          target,
          thrown,
          "it is larger than the server accepts",
          answered,
          "Send a smaller result or failure — gRPC's limit is 4 MB by default — for example by"
              + " storing the data elsewhere and replying with a reference to it");
    }
    return switch (code) {
      case INVALID_ARGUMENT ->
          refused(
              target,
              thrown,
              "it is invalid",
              answered,
              "Fix what the server names — for example a result larger than the server accepts, or a"
                  + " namespace that does not exist — then reply again");
      case PERMISSION_DENIED ->
          refused(
              target,
              thrown,
              "this client may not reply",
              answered,
              "Give the credentials of the client's WorkflowServiceStubs the right to reply in its"
                  + " namespace (complete activities, signal workflows), or reply through a client"
                  + " that has it");
      case UNAUTHENTICATED ->
          refused(
              target,
              thrown,
              "the client's credentials were not accepted",
              answered,
              "Configure the client's WorkflowServiceStubs with valid credentials (API key, mTLS"
                  + " certificate) for this server");
      case FAILED_PRECONDITION ->
          refused(
              target,
              thrown,
              "the server cannot take it in its current state",
              answered,
              "Fix what the server names — for example a namespace that is not active on this"
                  + " cluster — then reply again");
      case UNIMPLEMENTED ->
          refused(
              target,
              thrown,
              "the server does not implement the call",
              answered,
              "Check that the client's target is a Temporal frontend of a version the SDK supports");
      case UNAVAILABLE,
          DEADLINE_EXCEEDED,
          RESOURCE_EXHAUSTED,
          ABORTED,
          INTERNAL,
          UNKNOWN,
          DATA_LOSS ->
          unavailable(target, thrown, answered);
      default ->
          refused(
              target,
              thrown,
              "the server would not take it",
              answered,
              "Fix what the server names, then reply again");
    };
  }

  private static ReplyRefusedException refused(
      String target, StatusRuntimeException thrown, String why, String answered, String todo) {
    return new ReplyRefusedException(
        "Temporal refused the reply to "
            + target
            + ": "
            + why
            + " ("
            + answered
            + "). Nothing was recorded, and the reply was not retried: sending it again unchanged"
            + " fails the same way. "
            + todo
            + ".",
        thrown.getStatus().getCode(),
        thrown);
  }

  private static TemporalUnavailableException unavailable(
      String target, StatusRuntimeException thrown, String answered) {
    Status.Code code = thrown.getStatus().getCode();
    String what =
        switch (code) {
          case UNAVAILABLE -> "could not be reached";
          case DEADLINE_EXCEEDED -> "did not answer in time";
          case RESOURCE_EXHAUSTED -> "was rate-limiting this client";
          default -> "failed to process the reply";
        };
    // Whether a server-side failure such as INTERNAL was retried at all depends on the stubs'
    // RpcRetryOptions (their doNotRetry list), so the message does not claim that it was.
    String retries =
        switch (code) {
          case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED ->
              "the client's retries ran out (the RpcRetryOptions of its WorkflowServiceStubs set"
                  + " how long it retries)";
          default ->
              "the client gave up (it retries this status only as far as the RpcRetryOptions of"
                  + " its WorkflowServiceStubs allow)";
        };
    return new TemporalUnavailableException(
        "Temporal "
            + what
            + " ("
            + answered
            + ") for the reply to "
            + target
            + ", and "
            + retries
            + ". The reply may or may not have been"
            + " recorded: send it again later. If it was recorded, the repeat records nothing"
            + " twice: Handback finds it in Temporal's history and reports it as already recorded"
            + " (a workflow's inbox keeps the first result anyway).",
        thrown.getStatus().getCode(),
        thrown);
  }

  private static String describe(Status status) {
    String description = status.getDescription();
    if (description == null || description.isBlank()) {
      return "";
    }
    return ": "
        + (description.length() > DESCRIPTION_CHARS
            ? description.substring(0, DESCRIPTION_CHARS) + "…"
            : description);
  }

  private static Optional<StatusRuntimeException> statusOf(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof StatusRuntimeException status) {
        return Optional.of(status);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}

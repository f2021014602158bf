package dev.handback.internal;

import io.temporal.failure.ApplicationFailure;
import java.util.Objects;

/**
 * What a failure an external party reports does to an activity that waits for it. On the signal
 * path the workflow's inbox takes the failure and ends its wait, so it is final there whatever this
 * says; on the task-token path, Temporal's retry policy would retry it like a failure the activity
 * threw itself, running the implementation again, which asks the external party anew with a new
 * handle. {@link #FINAL}, the default, makes both paths mean the same.
 */
public enum ExternalFailures {
  /**
   * The failure is final: it is sent as a non-retryable {@link ApplicationFailure} of the same type
   * and message, so the activity fails at once whatever its retry policy says. Temporal's own
   * {@code temporal activity fail} sends its failures the same way.
   */
  FINAL {
    @Override
    Exception toSend(Exception failure) {
      return nonRetryable(failure);
    }
  },

  /**
   * The failure goes through the activity's retry policy as it is, like a failure the activity
   * threw: unless its type is in {@code doNotRetry} or it is a non-retryable {@code
   * ApplicationFailure}, a new attempt runs the implementation again, which hands out a new handle.
   */
  RETRIED {
    @Override
    Exception toSend(Exception failure) {
      return failure;
    }
  };

  /** {@code failure} as it is to be sent. */
  abstract Exception toSend(Exception failure);

  /**
   * {@code failure} as Temporal's data converter would send it, but non-retryable: an {@code
   * ApplicationFailure} keeps its type, message, details, cause and stack trace; any other
   * exception becomes one whose type is its class name, with its message, cause and stack trace.
   */
  static ApplicationFailure nonRetryable(Exception failure) {
    Objects.requireNonNull(failure, "failure");
    ApplicationFailure sent;
    if (failure instanceof ApplicationFailure application) {
      if (application.isNonRetryable()) {
        return application;
      }
      // The builder copies neither the cause nor the stack trace.
      sent =
          ApplicationFailure.newBuilder(application)
              .setNonRetryable(true)
              .setCause(application.getCause())
              .build();
    } else {
      sent =
          ApplicationFailure.newNonRetryableFailureWithCause(
              failure.getMessage(), failure.getClass().getName(), failure.getCause());
    }
    sent.setStackTrace(failure.getStackTrace());
    return sent;
  }
}

package dev.handback.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.temporal.failure.ApplicationFailure;
import java.util.Objects;

/**
 * What an external party delivers to a workflow by signal: a result or a failure. It is the one
 * argument of every signal of a generated {@code FooSignals}, and its JSON form, {@code {"result":
 * …}} or {@code {"failure": {"type": "…", "message": "…"}}}, is what other languages send and what
 * the webhook receiver accepts.
 *
 * @param result the result, when {@code failure} is null (null for a method that returns nothing)
 * @param failure the failure, or null for a result
 * @param <R> the activity method's result type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExternalOutcome<R>(R result, Failure failure) {

  /**
   * A failure the external party reports.
   *
   * @param type the error type the workflow sees, such as an exception's class name
   * @param message what went wrong
   */
  public record Failure(String type, String message) {
    /** Checks that the type is not empty. */
    public Failure {
      if (type == null || type.isBlank()) {
        throw new IllegalArgumentException(
            "A failure needs a type, such as an exception class name");
      }
      message = message == null ? "" : message;
    }
  }

  /** A delivered result. */
  public static <R> ExternalOutcome<R> success(R result) {
    return new ExternalOutcome<>(result, null);
  }

  /** A delivered failure of {@code type} with {@code message}. */
  public static <R> ExternalOutcome<R> failure(String type, String message) {
    return new ExternalOutcome<>(null, new Failure(type, message));
  }

  /**
   * A delivered failure as {@code exception} describes it: an {@code ApplicationFailure}'s own type
   * and message, or else the exception's class name and message, as Temporal names the failure of
   * an activity that throws it.
   */
  public static <R> ExternalOutcome<R> failure(Exception exception) {
    Objects.requireNonNull(exception, "exception");
    if (exception instanceof ApplicationFailure application) {
      return failure(application.getType(), application.getOriginalMessage());
    }
    return failure(exception.getClass().getName(), exception.getMessage());
  }

  /** Whether this outcome is a failure. */
  public boolean failed() {
    return failure != null;
  }
}

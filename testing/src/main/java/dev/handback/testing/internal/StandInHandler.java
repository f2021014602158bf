package dev.handback.testing.internal;

import dev.handback.internal.ActivityHandoff;
import dev.handback.runtime.ExternalOutcome;
import dev.handback.runtime.NotReadyYetException;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import io.temporal.failure.ApplicationFailure;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The kit's stand-in implementation of an activity interface: each annotated method does what a
 * real implementation does to wait for an external party, and the test plays that party.
 *
 * <ul>
 *   <li>{@code @AsyncCompletable}: hands off through the runtime, as {@code FooAsync.m()} does, and
 *       returns; the activity waits for the reply.
 *   <li>{@code @ExternalResult}: takes the signal address through the runtime and completes; the
 *       workflow waits in its inbox.
 *   <li>{@code @Polled}: answers a poll with what the test left for it, else reports "not ready
 *       yet" (as a benign failure, which Temporal logs without a stack trace) and is polled again.
 * </ul>
 *
 * Other methods go to the implementation given for them, if any.
 */
public final class StandInHandler implements InvocationHandler {
  private final Class<?> activityInterface;
  private final Object others;

  /** A stand-in for {@code activityInterface}; {@code others} (may be null) runs the rest. */
  public StandInHandler(Class<?> activityInterface, Object others) {
    this.activityInterface = activityInterface;
    this.others = others;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(proxy, method, args);
    }
    if (!AnnotatedMethod.isAnnotated(activityInterface, method)) {
      return delegate(method, args);
    }
    AnnotatedMethod annotated = AnnotatedMethod.of(activityInterface, method);
    switch (annotated.path()) {
      case ASYNC_COMPLETION -> ActivityHandoff.handOff(key(annotated), annotated.activityType());
      case EXTERNAL_RESULT ->
          ActivityHandoff.signalAddress(
              key(annotated), annotated.activityType(), annotated.signalName().orElseThrow());
      case POLLED -> {
        return poll(annotated);
      }
    }
    return defaultValue(method.getReturnType());
  }

  private static dev.handback.runtime.HandleKey key(AnnotatedMethod method) {
    return method.key().orElseThrow();
  }

  private static Object poll(AnnotatedMethod method) {
    ActivityInfo info = Activity.getExecutionContext().getInfo();
    Optional<PollDesk.Answer> answer =
        PollDesk.get().poll(info.getWorkflowRunId(), method.activityType());
    if (answer.isEmpty()) {
      throw NotReadyYetException.because(
          "the test left no answer for poll "
              + info.getAttempt()
              + " of "
              + method.name()
              + " (the kit's stand-in)");
    }
    Optional<Exception> failure = answer.get().failure();
    if (failure.isPresent()) {
      ExternalOutcome<Object> outcome = ExternalOutcome.failure(failure.get());
      throw ApplicationFailure.newNonRetryableFailure(
          outcome.failure().message(), outcome.failure().type());
    }
    return answer.get().result();
  }

  private Object delegate(Method method, Object[] args) throws Throwable {
    if (others == null) {
      throw ApplicationFailure.newNonRetryableFailure(
          "The kit's stand-in for "
              + activityInterface.getSimpleName()
              + " plays only the methods annotated for Handback, and "
              + method.getName()
              + " is not: give an implementation for the others with StandIn.of("
              + activityInterface.getSimpleName()
              + ".class, implementation)",
          UnsupportedOperationException.class.getName());
    }
    try {
      return method.invoke(others, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private Object objectMethod(Object proxy, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      case "toString" -> "StandIn[" + activityInterface.getName() + "]";
      default -> throw new UnsupportedOperationException(method.toString());
    };
  }

  private static Object defaultValue(Class<?> type) {
    if (!type.isPrimitive() || type == void.class) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == float.class) {
      return 0f;
    }
    if (type == double.class) {
      return 0d;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    if (type == short.class) {
      return (short) 0;
    }
    return 0;
  }
}

package dev.handback.testing;

import dev.handback.testing.internal.StandInHandler;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * An implementation of an activity interface for workflow tests, in which the test plays the
 * external party: register it with the worker instead of the real implementation, and answer
 * through {@link ExternalParty#awaiting}.
 *
 * <ul>
 *   <li>An {@code @AsyncCompletable} method hands off, as {@code FooAsync.m()} does, and waits for
 *       the reply: {@code external.awaiting(Foo::m, workflowId).complete(result)}.
 *   <li>An {@code @ExternalResult} method completes at once, and the workflow waits in its inbox.
 *   <li>A {@code @Polled} method answers "not ready yet" to every poll until the test leaves an
 *       answer with {@code awaiting(...).complete(result)}; the next poll returns it.
 * </ul>
 *
 * <pre>{@code
 * worker.registerActivitiesImplementations(StandIn.of(ReviewActivities.class));
 * }</pre>
 */
public final class StandIn {
  private StandIn() {}

  /**
   * A stand-in for every method of {@code activityInterface}; a method without a Handback
   * annotation fails the activity, non-retryably, with a message saying so.
   */
  public static <T> T of(Class<T> activityInterface) {
    return create(activityInterface, null);
  }

  /**
   * A stand-in for the annotated methods of {@code activityInterface}, with {@code others} running
   * the methods that are not annotated (a worker takes one implementation per activity type).
   */
  public static <T> T of(Class<T> activityInterface, T others) {
    return create(activityInterface, Objects.requireNonNull(others, "others"));
  }

  private static <T> T create(Class<T> activityInterface, T others) {
    Objects.requireNonNull(activityInterface, "activityInterface");
    if (!activityInterface.isInterface()) {
      throw new IllegalArgumentException(
          activityInterface.getName()
              + " is not an interface: pass the activity interface, such as"
              + " ReviewActivities.class");
    }
    return activityInterface.cast(
        Proxy.newProxyInstance(
            activityInterface.getClassLoader(),
            new Class<?>[] {activityInterface},
            new StandInHandler(activityInterface, others)));
  }
}

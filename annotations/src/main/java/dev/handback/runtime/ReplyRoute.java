package dev.handback.runtime;

import java.lang.reflect.Type;

/**
 * One method an external party can reply to, described for code that takes replies from outside
 * Java, such as the webhook receiver of {@code handback-webhook}: its key, how to parse its
 * handles, and its result type. Generated completers list theirs in {@code FooCompleter.routes()}.
 *
 * <p>Handback implements this interface; implement it yourself only for test doubles.
 */
public interface ReplyRoute {

  /** The method. */
  HandleKey key();

  /** The activity type the method runs as, by which a reply by business key finds its activity. */
  String activityType();

  /**
   * The result type as the method declares it: a primitive as itself ({@code int.class}, for which
   * a null result does not fit), {@code void.class} for a method that returns nothing.
   */
  Type resultType();

  /** Whether the method returns nothing. */
  default boolean returnsVoid() {
    return resultType() == void.class || resultType() == Void.class;
  }

  /**
   * Reads a handle of this method.
   *
   * @throws InvalidHandleException if {@code encoded} is not an intact handle of this method
   */
  ReplyHandle parse(String encoded);
}

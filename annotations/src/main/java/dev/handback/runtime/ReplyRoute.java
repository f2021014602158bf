package dev.handback.runtime;

import java.lang.reflect.Type;
import java.util.Objects;
import java.util.function.Function;

/**
 * One method an external party can reply to, described for code that takes replies from outside
 * Java (such as {@code dev.handback.webhook.WebhookReceiver}): its key, how to parse its handles,
 * and its result type. Generated completers list theirs in {@code FooCompleter.routes()}.
 *
 * <p>A reply through a route goes by the kind of address the handle carries: a task token completes
 * the activity, a signal address signals the waiting workflow.
 */
public final class ReplyRoute {
  private final HandleKey key;
  private final Type resultType;
  private final Function<String, ? extends ReplyHandle> parser;

  private ReplyRoute(
      HandleKey key, Type resultType, Function<String, ? extends ReplyHandle> parser) {
    this.key = Objects.requireNonNull(key, "key");
    this.resultType = Objects.requireNonNull(resultType, "resultType");
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /**
   * The route of the method {@code key} whose result type is {@code resultType} ({@code void.class}
   * for none) and whose handles {@code parser} reads.
   */
  public static ReplyRoute of(
      HandleKey key, Type resultType, Function<String, ? extends ReplyHandle> parser) {
    return new ReplyRoute(key, resultType, parser);
  }

  /** The method. */
  public HandleKey key() {
    return key;
  }

  /** The result type; {@code void.class} for a method that returns nothing. */
  public Type resultType() {
    return resultType;
  }

  /** Whether the method returns nothing. */
  public boolean returnsVoid() {
    return resultType == void.class || resultType == Void.class;
  }

  /**
   * Reads a handle of this method.
   *
   * @throws InvalidHandleException if {@code encoded} is not an intact handle of this method
   */
  public ReplyHandle parse(String encoded) {
    return parser.apply(encoded);
  }

  /**
   * Delivers {@code result} (null for a method that returns nothing) to where {@code handle}
   * points.
   *
   * @throws NoLongerWaitingException if nobody waits for it any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  public void complete(CompletionChannel channel, ReplyHandle handle, Object result) {
    Destination.of(checked(handle)).complete(channel, result);
  }

  /**
   * Delivers a failure to where {@code handle} points.
   *
   * @throws NoLongerWaitingException if nobody waits for it any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  public void fail(CompletionChannel channel, ReplyHandle handle, Exception failure) {
    Destination.of(checked(handle)).fail(channel, Objects.requireNonNull(failure, "failure"));
  }

  private ReplyHandle checked(ReplyHandle handle) {
    if (!handle.key().equals(key)) {
      throw new IllegalArgumentException("A handle of " + handle.key() + " on the route of " + key);
    }
    return handle;
  }

  @Override
  public String toString() {
    return "ReplyRoute[" + key + " -> " + resultType.getTypeName() + "]";
  }
}

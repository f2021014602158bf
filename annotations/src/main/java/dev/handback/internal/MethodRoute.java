package dev.handback.internal;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.NoLongerWaitingException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import dev.handback.runtime.ReplyNotDeliveredException;
import dev.handback.runtime.ReplyOutcomeUnknownException;
import dev.handback.runtime.ReplyRoute;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@link ReplyRoute} of one generated method, and delivery through it for receivers of replies
 * from outside Java. A reply goes by the kind of address the handle carries: an activity's ids, a
 * task token or a business key complete the activity, a signal address signals the waiting
 * workflow.
 */
public final class MethodRoute implements ReplyRoute {
  private final HandleKey key;
  private final String activityType;
  private final Type resultType;
  private final Function<String, ? extends ReplyHandle> parser;
  private final ExternalFailures failures;
  private final String signalName;

  private MethodRoute(
      HandleKey key,
      String activityType,
      Type resultType,
      Function<String, ? extends ReplyHandle> parser,
      ExternalFailures failures,
      String signalName) {
    this.key = Objects.requireNonNull(key, "key");
    this.activityType = Objects.requireNonNull(activityType, "activityType");
    this.resultType = Objects.requireNonNull(resultType, "resultType");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.failures = Objects.requireNonNull(failures, "failures");
    this.signalName = signalName;
  }

  /**
   * The route of the method {@code key}, which runs as activity type {@code activityType}, whose
   * result type is {@code resultType} ({@code void.class} for none) and whose handles {@code
   * parser} reads; failures delivered through it are final.
   */
  public static ReplyRoute of(
      HandleKey key,
      String activityType,
      Type resultType,
      Function<String, ? extends ReplyHandle> parser) {
    return of(key, activityType, resultType, parser, ExternalFailures.FINAL);
  }

  /**
   * The route of a method, as {@link #of(HandleKey, String, Type, Function)}, whose delivered
   * failures do what {@code failures} says.
   */
  public static ReplyRoute of(
      HandleKey key,
      String activityType,
      Type resultType,
      Function<String, ? extends ReplyHandle> parser,
      ExternalFailures failures) {
    return new MethodRoute(key, activityType, resultType, parser, failures, null);
  }

  /**
   * The route of an {@code @ExternalResult} method, as {@link #of(HandleKey, String, Type,
   * Function)}, whose result reaches the waiting workflow by the signal {@code signalName}.
   */
  public static ReplyRoute ofSignal(
      HandleKey key,
      String activityType,
      Type resultType,
      Function<String, ? extends ReplyHandle> parser,
      String signalName) {
    return new MethodRoute(
        key,
        activityType,
        resultType,
        parser,
        ExternalFailures.FINAL,
        Objects.requireNonNull(signalName, "signalName"));
  }

  /**
   * The handle of {@code route}'s method for a party that knows only the workflow id (and, on the
   * completion path, the call key the hand-off recorded): the business key of the pending activity,
   * or the signal address of the waiting workflow's latest run. Made as the generated {@code
   * MHandle.forWorkflow} and {@code forCall} make it, and checked by the route's own parser.
   *
   * @param callKey the call key, or null for none
   * @throws IllegalArgumentException if the workflow id is empty, or a call key is given for a
   *     method whose result comes by signal (a workflow waits once per method, so there is nothing
   *     to choose)
   */
  public static ReplyHandle forWorkflow(ReplyRoute route, String workflowId, String callKey) {
    String signal = route instanceof MethodRoute method ? method.signalName : null;
    if (signal != null && callKey != null) {
      throw new IllegalArgumentException(
          route.key()
              + " delivers its result by signal to the workflow, which waits for it once: address"
              + " it by workflow id alone, without a call key");
    }
    ReplyAddress address =
        signal != null
            ? new ReplyAddress.SignalAddress(workflowId, null, signal)
            : new ReplyAddress.BusinessKey(workflowId, null, callKey);
    return route.parse(HandleCodec.encode(route.key(), address));
  }

  @Override
  public HandleKey key() {
    return key;
  }

  @Override
  public String activityType() {
    return activityType;
  }

  @Override
  public Type resultType() {
    return resultType;
  }

  @Override
  public ReplyHandle parse(String encoded) {
    return parser.apply(encoded);
  }

  /**
   * Delivers {@code result} (null for a method that returns nothing) to where {@code handle}
   * points, a handle that {@code route} parsed.
   *
   * @return whether Temporal recorded it now, or had already recorded this very reply
   * @throws ReplyOutcomeUnknownException if it may have been recorded and Temporal cannot tell
   * @throws NoLongerWaitingException if nobody waits for it any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  public static Delivery complete(
      ReplyRoute route, CompletionChannel channel, ReplyHandle handle, Object result) {
    return Destination.of(checked(route, handle), route.activityType()).complete(channel, result);
  }

  /**
   * Delivers a failure to where {@code handle} points, a handle that {@code route} parsed: final,
   * unless the route was made with {@link ExternalFailures#RETRIED}.
   *
   * @return whether Temporal recorded it now, or had already recorded this very reply
   * @throws ReplyOutcomeUnknownException if it may have been recorded and Temporal cannot tell
   * @throws NoLongerWaitingException if nobody waits for it any more
   * @throws ReplyNotDeliveredException if Temporal refused the reply, or could not take it before
   *     the client's retries ran out
   */
  public static Delivery fail(
      ReplyRoute route, CompletionChannel channel, ReplyHandle handle, Exception failure) {
    ExternalFailures failures =
        route instanceof MethodRoute method ? method.failures : ExternalFailures.FINAL;
    return DeliveringReply.to(channel, checked(route, handle), route.activityType(), failures)
        .deliverFailure(failure);
  }

  private static ReplyHandle checked(ReplyRoute route, ReplyHandle handle) {
    if (!handle.key().equals(route.key())) {
      throw new IllegalArgumentException(
          "A handle of " + handle.key() + " on the route of " + route.key());
    }
    return handle;
  }

  @Override
  public String toString() {
    return "ReplyRoute[" + key + " -> " + resultType.getTypeName() + "]";
  }
}

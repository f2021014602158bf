package dev.handback.internal;

import com.uber.m3.tally.NoopScope;
import com.uber.m3.tally.Scope;
import com.uber.m3.util.Duration;
import dev.handback.runtime.ActivityCancellationRequestedException;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.NoLongerWaitingException;
import dev.handback.runtime.ReplyOutcomeUnknownException;
import dev.handback.runtime.ReplyRefusedException;
import dev.handback.runtime.TemporalUnavailableException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts and times each reply that goes through a {@link CompletionChannel}: {@link
 * HandbackMetrics#REPLY} and {@link HandbackMetrics#REPLY_LATENCY}, tagged with the method, the
 * path and the {@link Outcome}.
 */
final class ReplyMetrics {
  /** Records nothing: for a channel whose client has no metrics scope Handback can reach. */
  static final ReplyMetrics NONE = new ReplyMetrics(new NoopScope());

  /** How a reply travels; the values of the {@code path} tag. */
  enum Path {
    /** Completes, fails, heartbeats or cancels the activity. */
    COMPLETION("completion"),
    /** Signals the waiting workflow. */
    SIGNAL("signal");

    private final String tag;

    Path(String tag) {
      this.tag = tag;
    }
  }

  /** What became of a reply; the values of the {@code outcome} tag. */
  enum Outcome {
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled"),
    HEARTBEAT("heartbeat"),
    /** A heartbeat that Temporal took, answering that the workflow asked to cancel. */
    CANCEL_REQUESTED("cancel_requested"),
    REFUSED("refused"),
    UNAVAILABLE("unavailable"),
    NO_LONGER_WAITING("no_longer_waiting"),
    /**
     * A reply whose answer was lost, found in Temporal's history as recorded: by an earlier try, or
     * an earlier send of the same reply.
     */
    ALREADY_RECORDED("already_recorded"),
    /** A reply that may have been recorded, and Temporal's history could not tell. */
    OUTCOME_UNKNOWN("outcome_unknown"),
    /** Anything else thrown, such as a result the data converter cannot write. */
    ERROR("error");

    private final String tag;

    Outcome(String tag) {
      this.tag = tag;
    }
  }

  private final Scope scope;

  ReplyMetrics(Scope scope) {
    this.scope = scope;
  }

  /**
   * Runs {@code reply}, then counts and times it as {@code delivered} if Temporal recorded it now,
   * as {@link Outcome#ALREADY_RECORDED} if it had already, or as what it threw.
   */
  Delivery record(HandleKey key, Path path, Outcome delivered, Supplier<Delivery> reply) {
    long start = System.nanoTime();
    Outcome outcome = Outcome.ERROR;
    try {
      Delivery delivery = reply.get();
      outcome = delivery == Delivery.ALREADY_RECORDED ? Outcome.ALREADY_RECORDED : delivered;
      return delivery;
    } catch (RuntimeException e) {
      outcome = outcomeOf(e);
      throw e;
    } finally {
      count(key, path, outcome, System.nanoTime() - start);
    }
  }

  /**
   * Counts a reply that ended with {@code thrown} before it was sent, such as a reply by business
   * key whose lookup found no activity, {@code nanos} after it began.
   */
  void recordUnsent(HandleKey key, Path path, RuntimeException thrown, long nanos) {
    count(key, path, outcomeOf(thrown), nanos);
  }

  private void count(HandleKey key, Path path, Outcome outcome, long nanos) {
    Scope tagged =
        scope.tagged(
            Map.of(
                HandbackMetrics.INTERFACE,
                key.interfaceName(),
                HandbackMetrics.METHOD,
                key.methodName(),
                HandbackMetrics.PATH,
                path.tag,
                HandbackMetrics.OUTCOME,
                outcome.tag));
    tagged.counter(HandbackMetrics.REPLY).inc(1);
    tagged.timer(HandbackMetrics.REPLY_LATENCY).record(Duration.ofNanos(nanos));
  }

  private static Outcome outcomeOf(RuntimeException thrown) {
    if (thrown instanceof NoLongerWaitingException) {
      return Outcome.NO_LONGER_WAITING;
    }
    if (thrown instanceof ActivityCancellationRequestedException) {
      return Outcome.CANCEL_REQUESTED;
    }
    if (thrown instanceof ReplyRefusedException) {
      return Outcome.REFUSED;
    }
    if (thrown instanceof ReplyOutcomeUnknownException) {
      return Outcome.OUTCOME_UNKNOWN;
    }
    if (thrown instanceof TemporalUnavailableException) {
      return Outcome.UNAVAILABLE;
    }
    return Outcome.ERROR;
  }
}

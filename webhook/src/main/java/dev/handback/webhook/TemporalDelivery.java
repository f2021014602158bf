package dev.handback.webhook;

import dev.handback.internal.Delivery;
import dev.handback.runtime.NoLongerWaitingException;
import dev.handback.runtime.NoPendingActivityException;
import dev.handback.runtime.ReplyOutcomeUnknownException;
import dev.handback.runtime.ReplyRefusedException;
import dev.handback.runtime.SeveralPendingActivitiesException;
import dev.handback.runtime.TemporalUnavailableException;
import io.grpc.Context;
import io.grpc.Deadline;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends deliveries to Temporal on threads of their own, so that no request thread waits on
 * Temporal, each within a deadline: the client's retries ({@code RpcRetryOptions}, a minute by
 * default) stop when it passes, since the SDK's retryer and every gRPC call honour the deadline of
 * the gRPC {@link Context} they run in. A full pool and queue refuse at once ({@code 503
 * overloaded}); a deadline that passes answers {@code 503 temporal_unavailable}.
 */
final class TemporalDelivery implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

  /** A call to Temporal that delivers one reply. */
  @FunctionalInterface
  interface Send {
    /** Sends the reply; says whether Temporal recorded it now or had already. */
    Delivery send();
  }

  private final ThreadPoolExecutor senders;
  private final ScheduledExecutorService deadlines;
  private final Duration deadline;
  private volatile boolean stopping;

  TemporalDelivery(int threads, int queued, Duration deadline) {
    this.deadline = deadline;
    this.senders =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queued),
            daemons("handback-webhook-delivery"));
    this.senders.allowCoreThreadTimeOut(true);
    this.deadlines =
        Executors.newSingleThreadScheduledExecutor(daemons("handback-webhook-deadline"));
  }

  /**
   * Sends {@code send} within the deadline, counted from now (time in the queue included), and
   * completes {@code answer} with what the caller is told.
   *
   * @return false if every thread and queue place is taken: nothing was sent
   */
  boolean submit(String what, Send send, CompletableFuture<WebhookAnswer> answer) {
    Deadline until = Deadline.after(deadline.toNanos(), TimeUnit.NANOSECONDS);
    try {
      senders.execute(() -> answer.complete(sendWithin(until, what, send)));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  private WebhookAnswer sendWithin(Deadline until, String what, Send send) {
    Context.CancellableContext context = Context.current().withDeadline(until, deadlines);
    try {
      AtomicReference<Delivery> delivery = new AtomicReference<>();
      context.run(() -> delivery.set(send.send()));
      return WebhookAnswer.delivered(delivery.get() == Delivery.ALREADY_RECORDED);
    } catch (NoPendingActivityException e) {
      return nonePending(e);
    } catch (SeveralPendingActivitiesException e) {
      return Refusal.AMBIGUOUS.answer(e.getMessage());
    } catch (NoLongerWaitingException e) {
      return Refusal.NO_LONGER_WAITING.answer(
          "Nobody waits for this reply any more: the activity or the workflow has ended, or the"
              + " attempt the handle was made for was retried. Nothing was recorded");
    } catch (ReplyOutcomeUnknownException e) {
      LOG.warn("Webhook delivery to {}: outcome unknown: {}", what, e.getMessage());
      return Refusal.OUTCOME_UNKNOWN.answer(
          "Temporal took the delivery but its answer was lost, and its history could not tell"
              + " whether it recorded this delivery. It may have been recorded: send it again"
              + " later; a repeat is never recorded twice");
    } catch (ReplyRefusedException e) {
      LOG.warn("Webhook delivery to {} refused by Temporal: {}", what, e.getMessage());
      return Refusal.TEMPORAL_REFUSED.answer(
          "Temporal refused the delivery ("
              + e.status()
              + "). Nothing was recorded, and sending it again fails the same way until the"
              + " receiving service is fixed");
    } catch (TemporalUnavailableException e) {
      LOG.warn(
          "Webhook delivery to {} not accepted by Temporal within {} ms: {}",
          what,
          deadline.toMillis(),
          e.getMessage());
      return Refusal.TEMPORAL_UNAVAILABLE.answer(
          "Temporal did not accept the delivery in time ("
              + e.status()
              + "). It may or may not have been recorded: send it again later; a repeat is never"
              + " recorded twice");
    } catch (RuntimeException e) {
      if (stopping) {
        LOG.warn("Webhook delivery to {} cut short: the receiver is stopping", what);
        return Refusal.TEMPORAL_UNAVAILABLE.answer(
            "The receiver stopped before Temporal answered. The delivery may or may not have been"
                + " recorded: send it again later; a repeat is never recorded twice");
      }
      return internalError(what, e);
    } finally {
      context.cancel(null);
    }
  }

  /**
   * The answer to a business-key handle whose lookup found no activity of its method: the workflow
   * does not exist, runs without one pending (yet, or any more), or has ended.
   */
  private static WebhookAnswer nonePending(NoPendingActivityException e) {
    if (!e.workflowExists()) {
      return Refusal.WORKFLOW_NOT_FOUND.answer(e.getMessage());
    }
    if (e.workflowStatus().orElseThrow()
        == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return Refusal.NONE_PENDING.answer(e.getMessage());
    }
    return Refusal.NO_LONGER_WAITING.answer(e.getMessage());
  }

  /** The answer to a fault of the receiver: logged with a new incident id the caller is given. */
  static WebhookAnswer internalError(String what, RuntimeException e) {
    String incident = UUID.randomUUID().toString();
    LOG.error("Webhook delivery to {} failed, incident {}", what, incident, e);
    return Refusal.INTERNAL_ERROR.answer(
        "The receiver could not deliver this reply (incident "
            + incident
            + "); its operators have the details");
  }

  /**
   * Lets the deliveries under way finish within their deadline, then stops the threads; requests
   * still waiting for a thread are refused.
   */
  @Override
  public void close() {
    stopping = true;
    senders.shutdown();
    try {
      if (!senders.awaitTermination(deadline.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
        senders.shutdownNow();
      }
    } catch (InterruptedException e) {
      senders.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      deadlines.shutdownNow();
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

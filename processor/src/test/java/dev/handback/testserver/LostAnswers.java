package dev.handback.testserver;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client interceptor that loses what a test tells it to, on real gRPC calls:
 *
 * <ul>
 *   <li>{@link #dropAnswer}: the next call of a method reaches the server, which processes it and
 *       answers; the interceptor runs a step (for example: wait until the workflow closed), then
 *       replaces the server's {@code OK} by a status such as {@code UNAVAILABLE} — the client sees
 *       exactly "recorded, answer lost", as after a connection reset by a proxy or an answer that
 *       came after the client's deadline;
 *   <li>{@link #loseRequest}: the next call of a method never reaches the server; the interceptor
 *       runs a step, then fails the call with a status that leaves the outcome unknown — the client
 *       cannot tell this from a lost answer, but nothing was recorded;
 *   <li>{@link #refuse}: every call of a method fails with a status, without reaching the server
 *       (for example {@code PERMISSION_DENIED} for a client that may not read histories).
 * </ul>
 */
public final class LostAnswers implements ClientInterceptor {
  private record Fault(boolean reachesServer, Status status, Runnable meanwhile) {}

  private final Map<String, Fault> next = new ConcurrentHashMap<>();
  private final Map<String, Status> refused = new ConcurrentHashMap<>();
  private final AtomicInteger answersDropped = new AtomicInteger();
  private final AtomicInteger requestsLost = new AtomicInteger();

  /**
   * Lets the next call of {@code method} (its bare name, such as {@code
   * RespondActivityTaskCompletedById}) reach the server, then runs {@code meanwhile} and, if the
   * server answered {@code OK}, tells the client {@code status} instead.
   */
  public void dropAnswer(String method, Status status, Runnable meanwhile) {
    next.put(method, new Fault(true, status, meanwhile));
  }

  /** Fails the next call of {@code method} with {@code status} after {@code meanwhile}, unsent. */
  public void loseRequest(String method, Status status, Runnable meanwhile) {
    next.put(method, new Fault(false, status, meanwhile));
  }

  /** Fails every call of {@code method} with {@code status}, unsent. */
  public void refuse(String method, Status status) {
    refused.put(method, status);
  }

  /** How many answers of the server were replaced. */
  public int answersDropped() {
    return answersDropped.get();
  }

  /** How many requests never reached the server. */
  public int requestsLost() {
    return requestsLost.get();
  }

  @Override
  public <Q, A> ClientCall<Q, A> interceptCall(
      MethodDescriptor<Q, A> method, CallOptions options, Channel channel) {
    String name = method.getBareMethodName();
    Status refusal = refused.get(name);
    if (refusal != null) {
      return new Unsent<>(refusal, () -> {});
    }
    Fault fault = next.remove(name);
    if (fault == null) {
      return channel.newCall(method, options);
    }
    if (!fault.reachesServer()) {
      requestsLost.incrementAndGet();
      return new Unsent<>(fault.status(), fault.meanwhile());
    }
    return new ForwardingClientCall.SimpleForwardingClientCall<>(channel.newCall(method, options)) {
      @Override
      public void start(Listener<A> listener, Metadata headers) {
        super.start(
            new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
              @Override
              public void onMessage(A message) {
                // The answer never arrives.
              }

              @Override
              public void onClose(Status status, Metadata trailers) {
                if (!status.isOk()) {
                  super.onClose(status, trailers);
                  return;
                }
                fault.meanwhile().run();
                answersDropped.incrementAndGet();
                super.onClose(
                    fault.status().withDescription("the test dropped the server's OK"),
                    new Metadata());
              }
            },
            headers);
      }
    };
  }

  /** A call that is never sent: it runs a step, then fails. */
  private static final class Unsent<Q, A> extends ClientCall<Q, A> {
    private final Status status;
    private final Runnable meanwhile;
    private Listener<A> listener;

    Unsent(Status status, Runnable meanwhile) {
      this.status = status;
      this.meanwhile = meanwhile;
    }

    @Override
    public void start(Listener<A> listener, Metadata headers) {
      this.listener = listener;
    }

    @Override
    public void request(int numMessages) {}

    @Override
    public void cancel(String message, Throwable cause) {}

    @Override
    public void halfClose() {
      meanwhile.run();
      listener.onClose(status.withDescription("the test lost the request"), new Metadata());
    }

    @Override
    public void sendMessage(Q message) {}
  }
}

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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every gRPC call a client makes and how it ended: one entry per attempt, since Temporal
 * retries by making a new call.
 */
public final class RpcCounter implements ClientInterceptor {
  /** One ended call: the RPC's bare method name and its status code. */
  public record Call(String method, Status.Code code) {}

  private final List<String> started = new CopyOnWriteArrayList<>();
  private final List<Call> ended = new CopyOnWriteArrayList<>();

  @Override
  public <Q, A> ClientCall<Q, A> interceptCall(
      MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
    String name = method.getBareMethodName();
    started.add(name);
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
      @Override
      public void start(Listener<A> listener, Metadata headers) {
        super.start(
            new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
              @Override
              public void onClose(Status status, Metadata trailers) {
                ended.add(new Call(name, status.getCode()));
                super.onClose(status, trailers);
              }
            },
            headers);
      }
    };
  }

  /** How many calls were started, of any method. */
  public int started() {
    return started.size();
  }

  /** How many calls of {@code method} were started. */
  public long started(String method) {
    return started.stream().filter(method::equals).count();
  }

  /** How many calls of {@code method} ended with {@code code}. */
  public long ended(String method, Status.Code code) {
    return ended.stream().filter(c -> c.method().equals(method) && c.code() == code).count();
  }

  /** Every ended call, in order. */
  public List<Call> ended() {
    return List.copyOf(ended);
  }

  /** Forgets every call so far. */
  public void reset() {
    started.clear();
    ended.clear();
  }
}

package dev.handback.webhook;

import dev.handback.runtime.ReplyRoute;
import dev.handback.runtime.seal.HandleSealer;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Takes results from external systems that can only call a webhook, and delivers each on its
 * handle's path: a handle by ids or a task-token handle completes the activity, a business-key
 * handle completes the activity of its method pending in that workflow, a signal handle signals the
 * waiting workflow. It serves the {@link WebhookEndpoint} protocol over HTTP/1.1 with Jetty, and
 * holds against slow and hostile clients within its limits (see the builder): a deadline for each
 * request head and body, a bounded number of connections, deliveries on threads of their own with a
 * deadline, and a bounded queue that refuses with {@code 503} when full.
 *
 * <h2>Protocol</h2>
 *
 * {@code POST <base path>/<encoded handle>} (or a sealed handle, with a {@link Builder#sealer})
 * with a JSON body, either {@code {"result": …}} (the method's result; {@code null} for a method
 * that returns nothing) or {@code {"failure": {"type": "…", "message": "…"}}}. A sender that knows
 * only the workflow id posts to {@code <base path>/<Interface>/<method>/by-workflow/<workflow id>}
 * or, for parallel calls of an {@code @AsyncCompletable} method, {@code <base
 * path>/<Interface>/<method>/by-call/<workflow id>/<call key>} (ids percent-encoded), which address
 * what the generated {@code forWorkflow} and {@code forCall} do. Answers, always with a JSON body:
 *
 * <ul>
 *   <li>{@code 200 {"delivered": true, "duplicate": false}} once Temporal accepted the delivery;
 *       {@code "duplicate": true} for a repeat of a delivery already accepted (same handle, same
 *       body), which is not sent again, and for a delivery that Temporal's history shows recorded
 *       already (its answer was lost, or it was sent before);
 *   <li>{@code 400 bad_handle} — not an intact handle of its method (also a signal handle that
 *       names another signal, or a sealed handle that fails verification); {@code 400
 *       malformed_json} — not one JSON value (also a duplicated key or content after the value);
 *       {@code 400 bad_body} — not an object with exactly one of {@code result} and {@code
 *       failure}; {@code 400 bad_request} — not HTTP this receiver reads;
 *   <li>{@code 404 unknown_method} — no route for the handle's method; {@code 404 not_found} —
 *       outside the base path; {@code 404 workflow_not_found} — a business-key handle names a
 *       workflow that does not exist;
 *   <li>{@code 405 method_not_allowed} (with {@code Allow: POST}); {@code 408 request_timeout} —
 *       the body did not arrive within the body deadline; {@code 413 body_too_large};
 *   <li>{@code 409 conflict} — another outcome for this handle was already accepted (first wins);
 *       {@code 409 none_pending} — a business-key handle's workflow runs but has no activity of the
 *       method pending (with that call key), yet or any more; {@code 409 ambiguous} — it has
 *       several, and the handle has no call key to choose one (the message lists them);
 *   <li>{@code 410 no_longer_waiting} — nobody waits for this reply any more; nothing was recorded;
 *   <li>{@code 422 result_type_mismatch} — the result does not fit the method's result type exactly
 *       (a fraction for an integer, a string for a number, an unknown property); {@code 422
 *       bad_failure};
 *   <li>{@code 500 internal_error} — a fault of the receiver, logged with the incident id the
 *       message names;
 *   <li>{@code 502 temporal_refused} — Temporal refused the delivery with a status no retry
 *       changes, such as {@code PERMISSION_DENIED} for the receiver's own client;
 *   <li>{@code 503} with {@code Retry-After}: {@code temporal_unavailable} — Temporal did not
 *       accept the delivery within the delivery deadline; {@code outcome_unknown} — Temporal's
 *       answer was lost and its history cannot tell whether the delivery was recorded (it may have
 *       been); {@code overloaded} — every delivery thread and queue place is taken; {@code
 *       delivery_in_progress} — another outcome for this handle is being delivered.
 * </ul>
 *
 * Errors read {@code {"error": "<code>", "message": "…"}} and never carry an exception's text. A
 * sender may retry any delivery that got no answer or a 503: accepted deliveries are remembered
 * (the most recent {@code remember(n)}, 10,000 by default, in memory), so a retry is answered as a
 * duplicate and never delivered twice, and a retry that arrives while the same delivery is under
 * way waits for its answer instead of sending it again. Business-key handles are not remembered,
 * since one names whichever call of the method is pending, not one call: a repeat after an accepted
 * delivery finds nothing pending and records nothing.
 */
public final class WebhookReceiver implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final WebhookEndpoint endpoint;
  private final ScheduledExecutorService timers;
  private final String basePath;

  private WebhookReceiver(
      Server server,
      ServerConnector connector,
      WebhookEndpoint endpoint,
      ScheduledExecutorService timers,
      String basePath) {
    this.server = server;
    this.connector = connector;
    this.endpoint = endpoint;
    this.timers = timers;
    this.basePath = basePath;
  }

  /** A receiver that delivers through {@code client}. */
  public static Builder builder(WorkflowClient client) {
    return new Builder(WebhookEndpoint.builder(Objects.requireNonNull(client, "client")));
  }

  /**
   * Where to POST: {@code http://host:port<base path>/}, to which the encoded handle is appended.
   */
  public URI uri() {
    String host = connector.getHost() == null ? "localhost" : connector.getHost();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + connector.getLocalPort() + basePath + "/");
  }

  /** Stops accepting requests, closes every connection and ends the receiver's threads. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The webhook receiver's server did not stop", e);
    } finally {
      timers.shutdownNow();
      endpoint.close();
    }
  }

  /** Configures and starts a {@link WebhookReceiver}; every limit has a default. */
  public static final class Builder {
    private final WebhookEndpoint.Builder endpoint;
    private String basePath = "/handback";
    private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private int maxConnections = 1000;
    private Duration headTimeout = Duration.ofSeconds(10);
    private Duration bodyTimeout = Duration.ofSeconds(10);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private int maxThreads = 32;

    private Builder(WebhookEndpoint.Builder endpoint) {
      this.endpoint = endpoint;
    }

    /** Accepts replies to these methods, for example {@code FooCompleter.routes()}. */
    public Builder routes(Collection<ReplyRoute> more) {
      endpoint.routes(more);
      return this;
    }

    /**
     * Accepts sealed handles ({@code hbs1…}), verified with {@code sealer} before anything else;
     * plain handles are still accepted unless {@link #sealedOnly()} is set.
     */
    public Builder sealer(HandleSealer sealer) {
      endpoint.sealer(sealer);
      return this;
    }

    /** Refuses plain handles: only handles sealed by the {@link #sealer} are accepted. */
    public Builder sealedOnly() {
      endpoint.sealedOnly();
      return this;
    }

    /** The path under which handles are posted; {@code /handback} by default. */
    public Builder basePath(String path) {
      String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      if (!trimmed.isEmpty() && !trimmed.startsWith("/")) {
        throw new IllegalArgumentException("The base path must start with '/': " + path);
      }
      this.basePath = trimmed;
      return this;
    }

    /** Where to listen; loopback on a free port by default. */
    public Builder bind(InetSocketAddress where) {
      this.address = Objects.requireNonNull(where, "where");
      return this;
    }

    /** How many accepted deliveries to remember for answering retries; 10,000 by default. */
    public Builder remember(int deliveries) {
      endpoint.remember(deliveries);
      return this;
    }

    /** The largest body accepted; 1 MiB by default. Larger ones get {@code 413}. */
    public Builder maxBodyBytes(int bytes) {
      endpoint.maxBodyBytes(bytes);
      return this;
    }

    /**
     * How long a delivery may take once its body was read, waiting for a thread included;
     * Temporal's retries stop then and the caller gets {@code 503 temporal_unavailable}. 10 seconds
     * by default.
     */
    public Builder deliveryTimeout(Duration timeout) {
      endpoint.deliveryTimeout(timeout);
      return this;
    }

    /** Deliveries sent to Temporal at once; 16 by default. */
    public Builder deliveryThreads(int threads) {
      endpoint.deliveryThreads(threads);
      return this;
    }

    /** Deliveries that may wait for a thread; 256 by default, beyond: {@code 503 overloaded}. */
    public Builder maxQueuedDeliveries(int deliveries) {
      endpoint.maxQueuedDeliveries(deliveries);
      return this;
    }

    /**
     * Open connections at most; 1,000 by default. Beyond, new connections wait in the operating
     * system's backlog until one closes.
     */
    public Builder maxConnections(int connections) {
      if (connections < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1");
      }
      this.maxConnections = connections;
      return this;
    }

    /**
     * How long a client may take to send a request head (request line and headers), from its first
     * byte, or from connecting for a connection's first request; 10 seconds by default. The
     * connection is closed when it passes.
     */
    public Builder headTimeout(Duration timeout) {
      this.headTimeout = positive(timeout, "head timeout");
      return this;
    }

    /**
     * How long a client may take to send a request body, from the end of its head; 10 seconds by
     * default. It gets {@code 408} and the connection is closed when it passes.
     */
    public Builder bodyTimeout(Duration timeout) {
      this.bodyTimeout = positive(timeout, "body timeout");
      return this;
    }

    /** How long a connection may stay silent; 30 seconds by default. */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idle timeout");
      return this;
    }

    /**
     * The HTTP server's threads at most; 32 by default. They parse requests and write answers;
     * reading heads and bodies and waiting for Temporal holds none of them.
     */
    public Builder maxThreads(int threads) {
      if (threads < 8) {
        throw new IllegalArgumentException("maxThreads must be at least 8");
      }
      this.maxThreads = threads;
      return this;
    }

    private static Duration positive(Duration value, String name) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("The " + name + " must be positive");
      }
      return value;
    }

    /** Starts listening. */
    public WebhookReceiver start() throws IOException {
      WebhookEndpoint built = endpoint.build();
      QueuedThreadPool threads = new QueuedThreadPool(maxThreads, Math.min(4, maxThreads));
      threads.setName("handback-webhook-http");
      threads.setDaemon(true);
      Server server = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
      http.setSendDateHeader(false);
      // The request line carries the handle: up to 16 KiB, a little more when sealed.
      http.setRequestHeaderSize(32 * 1024);
      ServerConnector connector =
          new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
      connector.setHost(
          address.getAddress() == null ? null : address.getAddress().getHostAddress());
      connector.setPort(address.getPort());
      connector.setIdleTimeout(idleTimeout.toMillis());
      server.addConnector(connector);
      server.addBean(new NetworkConnectionLimit(maxConnections, connector));
      server.setErrorHandler(new JsonErrors(built));
      ScheduledExecutorService timers =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                Thread thread = new Thread(runnable, "handback-webhook-timers");
                thread.setDaemon(true);
                return thread;
              });
      server.setHandler(new HttpTransport(built, basePath, bodyTimeout, timers));
      try {
        server.start();
      } catch (Exception e) {
        timers.shutdownNow();
        built.close();
        throw new IOException("The webhook receiver could not listen on " + address, e);
      }
      long sweep = Math.max(50, Math.min(250, headTimeout.toMillis() / 4));
      ScheduledFuture<?> unused =
          timers.scheduleWithFixedDelay(
              new HeadDeadline(connector, headTimeout.toNanos()),
              sweep,
              sweep,
              TimeUnit.MILLISECONDS);
      return new WebhookReceiver(server, connector, built, timers, basePath);
    }
  }
}

package dev.handback.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.uber.m3.tally.Scope;
import dev.handback.internal.CompletionChannel;
import dev.handback.internal.HandbackMetrics;
import dev.handback.internal.MethodRoute;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import dev.handback.runtime.ReplyRoute;
import dev.handback.runtime.seal.HandleSealer;
import dev.handback.webhook.AcceptedDeliveries.Busy;
import dev.handback.webhook.AcceptedDeliveries.Conflict;
import dev.handback.webhook.AcceptedDeliveries.Decision;
import dev.handback.webhook.AcceptedDeliveries.Deliver;
import dev.handback.webhook.AcceptedDeliveries.Duplicate;
import dev.handback.webhook.AcceptedDeliveries.Join;
import dev.handback.webhook.Refusal.Refused;
import io.temporal.client.WorkflowClient;
import io.temporal.failure.ApplicationFailure;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The webhook protocol without an HTTP server: it takes a request (method, the path after the base
 * path, the body) and gives the {@link WebhookAnswer} to write — parse the handle, route it to its
 * method, read the body strictly, deliver through Temporal, answer. {@link WebhookReceiver} serves
 * it over HTTP; a framework's endpoint (such as a Spring controller) serves the same protocol by
 * calling it, with the same statuses and bodies.
 *
 * <p>Deliveries run on the endpoint's own threads (see {@link Builder#deliveryThreads}), each
 * within {@link Builder#deliveryTimeout}; the answer completes when Temporal has accepted or
 * refused the delivery or the deadline passed. {@link #close()} stops those threads.
 *
 * <p>Every refusal it answers is counted as {@code handback_webhook_refusal}, tagged with its error
 * code, on the metrics scope of the client's {@code WorkflowServiceStubs}; each delivery is counted
 * and timed there as a reply ({@code handback_reply}).
 */
public final class WebhookEndpoint implements AutoCloseable {
  private static final String BY_WORKFLOW =
      "<base path>/<Interface>/<method>/by-workflow/<workflow id>";
  private final CompletionChannel channel;
  private final Scope metrics;
  private final Map<HandleKey, ReplyRoute> routes;
  private final HandleSealer sealer;
  private final boolean sealedOnly;
  private final int maxBodyBytes;
  private final ObjectMapper json = StrictJson.newMapper();
  private final AcceptedDeliveries deliveries;
  private final TemporalDelivery temporal;

  private WebhookEndpoint(Builder builder) {
    this.channel = builder.channel;
    this.metrics = builder.metrics;
    this.routes = Map.copyOf(builder.routes);
    this.sealer = builder.sealer;
    this.sealedOnly = builder.sealedOnly;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.deliveries = new AcceptedDeliveries(builder.remember);
    this.temporal =
        new TemporalDelivery(
            builder.deliveryThreads, builder.maxQueuedDeliveries, builder.deliveryTimeout);
  }

  /** An endpoint that delivers through {@code client}. */
  public static Builder builder(WorkflowClient client) {
    Objects.requireNonNull(client, "client");
    return new Builder(CompletionChannel.of(client), HandbackMetrics.scope(client));
  }

  /** The largest body accepted, in bytes; a transport refuses larger ones before reading them. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * The answer to a request that can be given before its body is read: a method other than POST, or
   * a path that holds no handle this endpoint accepts. Empty if the body is needed.
   *
   * @param method the HTTP method
   * @param path the raw (not URL-decoded) path after the base path, without its leading '/'
   */
  public Optional<WebhookAnswer> answerBeforeBody(String method, String path) {
    try {
      target(method, path);
      return Optional.empty();
    } catch (Refused refused) {
      return Optional.of(counted(refused.answer()));
    }
  }

  /**
   * The answer to a request whose body was read whole: completes once the delivery was accepted or
   * refused, within the delivery deadline. Never completes exceptionally.
   *
   * @param method the HTTP method
   * @param path the raw (not URL-decoded) path after the base path, without its leading '/'
   * @param body the request body, at most {@link #maxBodyBytes()}
   */
  public CompletionStage<WebhookAnswer> answer(String method, String path, byte[] body) {
    return answered(method, path, body).thenApply(this::counted);
  }

  private CompletionStage<WebhookAnswer> answered(String method, String path, byte[] body) {
    try {
      return deliver(target(method, path), body);
    } catch (Refused refused) {
      return CompletableFuture.completedFuture(refused.answer());
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(TemporalDelivery.internalError("a request", e));
    }
  }

  /** The answer when a body is over {@link #maxBodyBytes()}. */
  public WebhookAnswer bodyTooLarge() {
    return counted(
        Refusal.BODY_TOO_LARGE.answer(
            "The body is larger than " + maxBodyBytes + " bytes; nothing was read further"));
  }

  /** The answer when a body did not arrive within the transport's deadline. */
  public WebhookAnswer bodyTimedOut(Duration deadline) {
    return counted(
        Refusal.REQUEST_TIMEOUT.answer(
            "The body did not arrive within "
                + deadline.toMillis()
                + " ms; nothing was delivered"));
  }

  /** The answer when a body could not be read whole, such as one that broke off. */
  public WebhookAnswer bodyUnreadable() {
    return counted(
        Refusal.BAD_REQUEST.answer("The body could not be read whole; nothing was delivered"));
  }

  /** Counts {@code answer} if it is a refusal, by its error code, and gives it back. */
  WebhookAnswer counted(WebhookAnswer answer) {
    answer
        .error()
        .ifPresent(
            code ->
                metrics
                    .tagged(Map.of(HandbackMetrics.CODE, code))
                    .counter(HandbackMetrics.WEBHOOK_REFUSAL)
                    .inc(1));
    return answer;
  }

  /**
   * Stops the delivery threads once the deliveries under way have finished (within their deadline);
   * later requests are answered {@code 503}.
   */
  @Override
  public void close() {
    temporal.close();
  }

  /** The handle in the path, with the route of its method. */
  private record Target(String text, ReplyRoute route, ReplyHandle handle) {}

  private Target target(String method, String path) throws Refused {
    if (!"POST".equals(method)) {
      throw Refusal.METHOD_NOT_ALLOWED.because("POST the result to <base path>/<handle>");
    }
    if (path.isEmpty()) {
      throw Refusal.BAD_HANDLE.because(
          "POST to <base path>/<handle>, with the handle's encoded text, or to " + BY_WORKFLOW);
    }
    if (path.contains("/")) {
      return byBusinessKey(path);
    }
    String text = unsealed(path);
    ReplyRoute route = route(text);
    try {
      return new Target(text, route, route.parse(text));
    } catch (InvalidHandleException e) {
      throw Refusal.BAD_HANDLE.because(e.getMessage());
    }
  }

  /**
   * The target of {@code <Interface>/<method>/by-workflow/<workflow id>} or {@code
   * <Interface>/<method>/by-call/<workflow id>/<call key>}, ids percent-encoded as URL path
   * segments: for a sender that knows only its own id, such as a system configured with a URL
   * template. Addresses what the generated {@code forWorkflow} and {@code forCall} do.
   */
  private Target byBusinessKey(String path) throws Refused {
    String[] segments = path.split("/", -1);
    boolean byWorkflow = segments.length == 4 && segments[2].equals("by-workflow");
    boolean byCall = segments.length == 5 && segments[2].equals("by-call");
    if (!byWorkflow && !byCall) {
      throw Refusal.BAD_HANDLE.because(
          "POST to <base path>/<handle>, with the handle's encoded text, or to " + BY_WORKFLOW);
    }
    if (sealedOnly) {
      throw Refusal.BAD_HANDLE.because(
          "This receiver takes sealed handles only, and no replies by workflow id: pass the"
              + " string HandleSealer.seal gave");
    }
    if (!HandleKey.isValidSegment(segments[0]) || !HandleKey.isValidSegment(segments[1])) {
      throw Refusal.BAD_HANDLE.because(
          "'" + segments[0] + "/" + segments[1] + "' does not name an interface and a method");
    }
    HandleKey key = HandleKey.of(segments[0], segments[1]);
    ReplyRoute route = routes.get(key);
    if (route == null) {
      throw Refusal.UNKNOWN_METHOD.because(
          "This receiver takes no replies to " + key + ": register its routes()");
    }
    String workflowId = pathSegment(segments[3], "workflow id");
    String callKey = byCall ? pathSegment(segments[4], "call key") : null;
    try {
      ReplyHandle handle = MethodRoute.forWorkflow(route, workflowId, callKey);
      return new Target(handle.encode(), route, handle);
    } catch (IllegalArgumentException e) {
      throw Refusal.BAD_HANDLE.because(e.getMessage());
    }
  }

  /** A percent-encoded path segment, decoded; '+' stays '+', as in a URL's path. */
  private static String pathSegment(String raw, String what) throws Refused {
    String decoded;
    try {
      decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Refusal.BAD_HANDLE.because("The " + what + " in the path is not percent-encoded");
    }
    if (decoded.isEmpty()) {
      throw Refusal.BAD_HANDLE.because("The " + what + " in the path is empty");
    }
    return decoded;
  }

  /** The plain handle: {@code path} itself, or the handle a sealed one carries once verified. */
  private String unsealed(String path) throws Refused {
    if (HandleSealer.looksSealed(path)) {
      if (sealer == null) {
        throw Refusal.BAD_HANDLE.because(
            "This receiver takes no sealed handles: it was given no HandleSealer");
      }
      try {
        return sealer.unseal(path);
      } catch (InvalidHandleException e) {
        throw Refusal.BAD_HANDLE.because(e.getMessage());
      }
    }
    if (sealedOnly) {
      throw Refusal.BAD_HANDLE.because(
          "This receiver takes sealed handles only: pass the string HandleSealer.seal gave");
    }
    return path;
  }

  /** The route named by the handle's clear-text method, before the handle is checked whole. */
  private ReplyRoute route(String text) throws Refused {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 5
        || !HandleKey.isValidSegment(parts[1])
        || !HandleKey.isValidSegment(parts[2])) {
      throw Refusal.BAD_HANDLE.because(
          "This is not a Handback reply handle: pass the string encode() gave");
    }
    HandleKey key = HandleKey.of(parts[1], parts[2]);
    ReplyRoute route = routes.get(key);
    if (route == null) {
      throw Refusal.UNKNOWN_METHOD.because(
          "This receiver takes no replies to " + key + ": register its routes()");
    }
    return route;
  }

  private CompletionStage<WebhookAnswer> deliver(Target target, byte[] bytes) throws Refused {
    if (bytes.length > maxBodyBytes) {
      return CompletableFuture.completedFuture(bodyTooLarge());
    }
    ReplyBody body = ReplyBody.read(json, bytes);
    // Read the outcome before anything is remembered: a body that does not fit is refused alone.
    Object result = null;
    ApplicationFailure failure = null;
    if (body.isFailure()) {
      failure = body.failure();
    } else {
      result = body.result(json, target.route());
    }
    TemporalDelivery.Send send = send(target, result, failure);
    if (target.handle().address() instanceof ReplyAddress.BusinessKey) {
      // Not remembered: it names whichever call of the method is pending, not one call, so a
      // repeat after an accepted delivery finds nothing pending and records nothing.
      CompletableFuture<WebhookAnswer> answer = new CompletableFuture<>();
      submit(target, send, answer);
      return answer;
    }
    Decision decision = deliveries.begin(target.text(), body.digest());
    if (decision instanceof Duplicate) {
      return CompletableFuture.completedFuture(WebhookAnswer.delivered(true));
    }
    if (decision instanceof Conflict) {
      throw Refusal.CONFLICT.because(
          "Another outcome for this handle of "
              + target.route().key()
              + " was already delivered; the first one wins");
    }
    if (decision instanceof Busy) {
      throw Refusal.DELIVERY_IN_PROGRESS.because(
          "Another outcome for this handle is being delivered right now: send yours again in a"
              + " moment; if the other one was accepted, yours is refused as a conflict");
    }
    if (decision instanceof Join join) {
      return join.answer().thenApply(WebhookEndpoint::asRepeat);
    }
    CompletableFuture<WebhookAnswer> answer = ((Deliver) decision).answer();
    CompletableFuture<WebhookAnswer> done =
        answer.whenComplete(
            (given, thrown) ->
                deliveries.finish(
                    target.text(), body.digest(), given != null && given.status() == 200));
    submit(target, send, answer);
    return done;
  }

  /** The call to Temporal that delivers {@code failure}, or else {@code result}. */
  private TemporalDelivery.Send send(Target target, Object result, ApplicationFailure failure) {
    return failure != null
        ? () -> MethodRoute.fail(target.route(), channel, target.handle(), failure)
        : () -> MethodRoute.complete(target.route(), channel, target.handle(), result);
  }

  /** Hands {@code send} to the delivery threads; {@code answer} completes with what it gave. */
  private void submit(
      Target target, TemporalDelivery.Send send, CompletableFuture<WebhookAnswer> answer) {
    if (!temporal.submit(target.handle().toString(), send, answer)) {
      answer.complete(
          Refusal.OVERLOADED.answer(
              "Every delivery thread and queue place is taken: send it again in a moment"));
    }
  }

  /** The answer to a request that waited for the same delivery sent by another request. */
  private static WebhookAnswer asRepeat(WebhookAnswer first) {
    return first.status() == 200 ? WebhookAnswer.delivered(true) : first;
  }

  /** Configures a {@link WebhookEndpoint}. */
  public static final class Builder {
    private final CompletionChannel channel;
    private final Scope metrics;
    private final Map<HandleKey, ReplyRoute> routes = new HashMap<>();
    private HandleSealer sealer;
    private boolean sealedOnly;
    private int remember = 10_000;
    private int maxBodyBytes = 1024 * 1024;
    private Duration deliveryTimeout = Duration.ofSeconds(10);
    private int deliveryThreads = 16;
    private int maxQueuedDeliveries = 256;

    private Builder(CompletionChannel channel, Scope metrics) {
      this.channel = channel;
      this.metrics = metrics;
    }

    /** Accepts replies to these methods, for example {@code FooCompleter.routes()}. */
    public Builder routes(Collection<ReplyRoute> more) {
      for (ReplyRoute route : more) {
        routes.put(route.key(), route);
      }
      return this;
    }

    /**
     * Accepts sealed handles ({@code hbs1…}), verified with {@code sealer} before anything else;
     * plain handles are still accepted unless {@link #sealedOnly()} is set.
     */
    public Builder sealer(HandleSealer sealer) {
      this.sealer = Objects.requireNonNull(sealer, "sealer");
      return this;
    }

    /** Refuses plain handles: only handles sealed by the {@link #sealer} are accepted. */
    public Builder sealedOnly() {
      this.sealedOnly = true;
      return this;
    }

    /** How many accepted deliveries to remember for answering retries; 10,000 by default. */
    public Builder remember(int deliveries) {
      this.remember = atLeastOne(deliveries, "remember");
      return this;
    }

    /** The largest body accepted; 1 MiB by default. */
    public Builder maxBodyBytes(int bytes) {
      this.maxBodyBytes = atLeastOne(bytes, "maxBodyBytes");
      return this;
    }

    /**
     * How long a delivery may take, from the moment its body was read, queue included: Temporal's
     * retries stop then and the caller gets {@code 503 temporal_unavailable}; 10 seconds by default
     * (the client's own retries would run for a minute).
     */
    public Builder deliveryTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("The delivery timeout must be positive");
      }
      this.deliveryTimeout = timeout;
      return this;
    }

    /** Deliveries sent to Temporal at once; 16 by default. */
    public Builder deliveryThreads(int threads) {
      this.deliveryThreads = atLeastOne(threads, "deliveryThreads");
      return this;
    }

    /**
     * Deliveries that may wait for a thread; 256 by default. Beyond, a request is answered {@code
     * 503 overloaded} at once.
     */
    public Builder maxQueuedDeliveries(int deliveries) {
      this.maxQueuedDeliveries = atLeastOne(deliveries, "maxQueuedDeliveries");
      return this;
    }

    private static int atLeastOne(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1");
      }
      return value;
    }

    /**
     * The endpoint; close it when done.
     *
     * @throws IllegalStateException if {@link #sealedOnly()} was set without a {@link #sealer}
     */
    public WebhookEndpoint build() {
      if (sealedOnly && sealer == null) {
        throw new IllegalStateException("sealedOnly() needs a sealer(HandleSealer)");
      }
      return new WebhookEndpoint(this);
    }
  }
}

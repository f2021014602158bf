package dev.handback.bench.webhook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.handback.internal.CompletionChannel;
import dev.handback.internal.MethodRoute;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.NoLongerWaitingException;
import dev.handback.runtime.ReplyHandle;
import dev.handback.runtime.ReplyRefusedException;
import dev.handback.runtime.ReplyRoute;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.JacksonJsonPayloadConverter;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The webhook receiver as it was before the receiver was hardened (commit 83e1fa4, {@code
 * dev.handback.webhook.BaselineReceiver}, unchanged but for its name): the JDK's {@code HttpServer}
 * with a fixed pool of four threads, each delivery blocking its request thread for the client's
 * whole retry window. Kept here only as the baseline the webhook benchmark compares against in the
 * same run.
 */
public final class BaselineReceiver implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(BaselineReceiver.class.getName());
  private static final int MAX_BODY = 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final String basePath;

  private BaselineReceiver(HttpServer server, ExecutorService executor, String basePath) {
    this.server = server;
    this.executor = executor;
    this.basePath = basePath;
  }

  /** A receiver that delivers through {@code client}. */
  public static Builder builder(WorkflowClient client) {
    return new Builder(CompletionChannel.of(Objects.requireNonNull(client, "client")));
  }

  /**
   * Where to POST: {@code http://host:port<base path>/}, to which the encoded handle is appended.
   */
  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getHostString() + ":" + address.getPort() + basePath + "/");
  }

  /** Stops accepting requests and ends the receiver's threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Configures and starts a {@link BaselineReceiver}. */
  public static final class Builder {
    private final CompletionChannel channel;
    private final Map<HandleKey, ReplyRoute> routes = new HashMap<>();
    private String basePath = "/handback";
    private InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private int remember = 10_000;

    private Builder(CompletionChannel channel) {
      this.channel = channel;
    }

    /** Accepts replies to these methods, for example {@code FooCompleter.routes()}. */
    public Builder routes(Collection<ReplyRoute> more) {
      for (ReplyRoute route : more) {
        routes.put(route.key(), route);
      }
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
      if (deliveries < 1) {
        throw new IllegalArgumentException("remember at least one delivery");
      }
      this.remember = deliveries;
      return this;
    }

    /** The request handler alone, to mount in an {@code HttpServer} of one's own. */
    public HttpHandler handler() {
      return new Handler(channel, Map.copyOf(routes), basePath, remember);
    }

    /** Starts listening. */
    public BaselineReceiver start() throws IOException {
      HttpServer server = HttpServer.create(address, 0);
      ExecutorService executor = Executors.newFixedThreadPool(4);
      server.setExecutor(executor);
      server.createContext(basePath.isEmpty() ? "/" : basePath, handler());
      server.start();
      return new BaselineReceiver(server, executor, basePath);
    }
  }

  /** A refusal: status, error code and message. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    Refusal(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }
  }

  private static final class Handler implements HttpHandler {
    private final ObjectMapper json;
    private final CompletionChannel channel;
    private final Map<HandleKey, ReplyRoute> routes;
    private final String basePath;
    private final Map<String, String> accepted;
    private final ConcurrentHashMap<String, Object> inFlight = new ConcurrentHashMap<>();

    Handler(
        CompletionChannel channel,
        Map<HandleKey, ReplyRoute> routes,
        String basePath,
        int remember) {
      this.channel = channel;
      this.routes = routes;
      this.basePath = basePath;
      this.json =
          JacksonJsonPayloadConverter.newDefaultObjectMapper()
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
      this.accepted =
          new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > remember;
            }
          };
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
      try (exchange) {
        ObjectNode answer;
        int status;
        try {
          answer = deliver(exchange);
          status = 200;
        } catch (Refusal refusal) {
          status = refusal.status;
          answer =
              json.createObjectNode()
                  .put("error", refusal.code)
                  .put("message", refusal.getMessage());
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Temporal did not accept a webhook delivery", e);
          status = 503;
          answer =
              json.createObjectNode()
                  .put("error", "temporal_unavailable")
                  .put("message", "Temporal did not accept the delivery (" + e + "); retry later");
        }
        byte[] body = answer.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }

    private ObjectNode deliver(HttpExchange exchange) throws Refusal, IOException {
      if (!"POST".equals(exchange.getRequestMethod())) {
        throw new Refusal(
            405, "method_not_allowed", "POST the result to " + basePath + "/<handle>");
      }
      String text = handleText(exchange.getRequestURI().getRawPath());
      ReplyRoute route = route(text);
      ReplyHandle handle;
      try {
        handle = route.parse(text);
      } catch (InvalidHandleException e) {
        throw new Refusal(400, "bad_handle", e.getMessage());
      }
      JsonNode body = body(exchange);
      Object lock = inFlight.computeIfAbsent(text, unused -> new Object());
      try {
        synchronized (lock) {
          String digest = digest(body.toString());
          String earlier;
          synchronized (accepted) {
            earlier = accepted.get(text);
          }
          if (earlier != null) {
            if (!earlier.equals(digest)) {
              throw new Refusal(
                  409,
                  "conflict",
                  "Another outcome for this handle of "
                      + route.key()
                      + " was already delivered;"
                      + " the first one wins");
            }
            return json.createObjectNode().put("delivered", true).put("duplicate", true);
          }
          send(route, handle, body);
          synchronized (accepted) {
            accepted.put(text, digest);
          }
          return json.createObjectNode().put("delivered", true).put("duplicate", false);
        }
      } finally {
        inFlight.remove(text, lock);
      }
    }

    private String handleText(String rawPath) throws Refusal {
      String prefix = basePath + "/";
      if (!rawPath.startsWith(prefix) || rawPath.length() == prefix.length()) {
        throw new Refusal(
            400, "bad_handle", "POST to " + prefix + "<handle>, with the handle's encoded text");
      }
      String text = rawPath.substring(prefix.length());
      if (text.contains("/")) {
        throw new Refusal(400, "bad_handle", "The path has more than one segment after " + prefix);
      }
      return text;
    }

    /** The route named by the handle's clear-text method, before the handle is checked whole. */
    private ReplyRoute route(String text) throws Refusal {
      String[] parts = text.split("\\.", -1);
      HandleKey key;
      try {
        if (parts.length != 5) {
          throw new IllegalArgumentException("not five parts");
        }
        key = HandleKey.of(parts[1], parts[2]);
      } catch (IllegalArgumentException e) {
        throw new Refusal(
            400,
            "bad_handle",
            "This is not a Handback reply handle: pass the string encode() gave");
      }
      ReplyRoute route = routes.get(key);
      if (route == null) {
        throw new Refusal(
            404,
            "unknown_method",
            "This receiver takes no replies to " + key + ": register its routes()");
      }
      return route;
    }

    private JsonNode body(HttpExchange exchange) throws Refusal, IOException {
      byte[] bytes;
      try (InputStream in = exchange.getRequestBody()) {
        bytes = in.readNBytes(MAX_BODY + 1);
      }
      if (bytes.length > MAX_BODY) {
        throw new Refusal(413, "body_too_large", "The body is larger than " + MAX_BODY + " bytes");
      }
      JsonNode body;
      try {
        body = json.readTree(bytes);
      } catch (IOException e) {
        throw new Refusal(
            400, "malformed_json", "The body is not JSON: " + firstLine(e.getMessage()));
      }
      if (body == null
          || !body.isObject()
          || body.size() != 1
          || !(body.has("result") || body.has("failure"))) {
        throw new Refusal(
            400,
            "bad_body",
            "The body must be a JSON object with exactly one member: \"result\" or \"failure\"");
      }
      return body;
    }

    private void send(ReplyRoute route, ReplyHandle handle, JsonNode body) throws Refusal {
      try {
        if (body.has("failure")) {
          JsonNode failure = body.get("failure");
          JsonNode type = failure.path("type");
          JsonNode message = failure.path("message");
          if (!type.isTextual()
              || type.asText().isBlank()
              || !(message.isMissingNode() || message.isTextual())) {
            throw new Refusal(
                422,
                "bad_failure",
                "A failure is {\"type\": \"<error type>\", \"message\": \"<text>\"} with a non-empty"
                    + " type");
          }
          MethodRoute.fail(
              route,
              channel,
              handle,
              ApplicationFailure.newFailure(message.asText(""), type.asText()));
        } else {
          MethodRoute.complete(route, channel, handle, result(route, body.get("result")));
        }
      } catch (NoLongerWaitingException e) {
        throw new Refusal(410, "no_longer_waiting", e.getMessage());
      } catch (ReplyRefusedException e) {
        throw new Refusal(502, "temporal_refused", e.getMessage());
      }
    }

    private Object result(ReplyRoute route, JsonNode result) throws Refusal {
      if (route.returnsVoid()) {
        if (!result.isNull()) {
          throw new Refusal(
              422,
              "result_type_mismatch",
              route.key() + " returns nothing: send {\"result\": null}");
        }
        return null;
      }
      JavaType type = json.getTypeFactory().constructType(route.resultType());
      try {
        return json.treeToValue(result, type);
      } catch (IOException | IllegalArgumentException e) {
        throw new Refusal(
            422,
            "result_type_mismatch",
            "The result does not fit "
                + route.key()
                + ", which returns "
                + route.resultType().getTypeName()
                + ": "
                + firstLine(e.getMessage()));
      }
    }

    private static String firstLine(String text) {
      if (text == null) {
        return "";
      }
      int end = text.indexOf('\n');
      return end < 0 ? text : text.substring(0, end);
    }

    private static String digest(String canonical) {
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every Java runtime has SHA-256", e);
      }
    }
  }
}

package dev.handback.bench.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handback.webhook.WebhookAnswer;
import dev.handback.webhook.WebhookEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same delivery core, {@link WebhookEndpoint}, served by the JDK's built-in {@code HttpServer}
 * with a fixed pool as large as the Jetty receiver's, and the body limit: the other foundation the
 * receiver could have been built on, measured beside it. The JDK server reads each request head and
 * body on a pool thread and offers no per-server deadline for either (only JVM-wide system
 * properties), which is what the slow-head probe shows.
 */
final class JdkServerTransport implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;

  JdkServerTransport(WebhookEndpoint endpoint, int poolSize) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newFixedThreadPool(poolSize);
    server.setExecutor(threads);
    server.createContext("/handback", exchange -> handle(endpoint, exchange));
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/handback/");
  }

  private static void handle(WebhookEndpoint endpoint, HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath().substring("/handback/".length());
      Optional<WebhookAnswer> early = endpoint.answerBeforeBody(method, path);
      WebhookAnswer answer;
      if (early.isPresent()) {
        answer = early.get();
      } else {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
          body = in.readNBytes(endpoint.maxBodyBytes() + 1);
        }
        answer =
            body.length > endpoint.maxBodyBytes()
                ? endpoint.bodyTooLarge()
                : endpoint.answer(method, path, body).toCompletableFuture().join();
      }
      byte[] bytes = answer.bodyBytes();
      exchange.getResponseHeaders().set("Content-Type", WebhookAnswer.CONTENT_TYPE);
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

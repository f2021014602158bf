package dev.handback.bench.webhook;

import dev.handback.bench.Flags;
import dev.handback.bench.Samples;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ClearHandle;
import dev.handback.testserver.ScriptedWorkflowService;
import dev.handback.webhook.WebhookEndpoint;
import dev.handback.webhook.WebhookReceiver;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Honest deliveries per second through the webhook receiver, before and after it was hardened, and
 * the JDK's built-in server as the other possible foundation, in one run against one gRPC frontend
 * ({@code ScriptedWorkflowService}, answering every signal {@code OK} on loopback):
 *
 * <ul>
 *   <li>{@code before}: the receiver as it was ({@link BaselineReceiver}: JDK {@code HttpServer},
 *       four threads, delivery on the request thread);
 *   <li>{@code jdk}: today's delivery core on the JDK {@code HttpServer} with 32 threads ({@link
 *       JdkServerTransport});
 *   <li>{@code jetty}: today's {@link WebhookReceiver} (Jetty, 32 threads, deliveries on 16 threads
 *       of their own).
 * </ul>
 *
 * Each round runs every variant for the same time with the same client threads, in an order that
 * alternates between rounds; the ratios are medians of per-round ratios. Then, per variant, a
 * probe: one honest delivery sent while {@code --slow} connections trickle an unfinished request
 * head.
 */
public final class WebhookBenchmark {
  private static final String RESULT =
      "{\"result\": {\"orderId\": \"o-1\", \"reference\": \"r-1\"}}";
  private static final List<String> VARIANTS = List.of("before", "jdk", "jetty");
  private static final AtomicLong WORKFLOWS = new AtomicLong();

  private WebhookBenchmark() {}

  public static void main(String[] args) throws Exception {
    Flags flags = Flags.parse(args);
    int clients = flags.integer("clients", 8);
    int seconds = flags.integer("seconds", 5);
    int rounds = flags.integer("rounds", 5);
    int warmup = flags.integer("warmup", 2);
    int slow = flags.integer("slow", 64);
    try (ScriptedWorkflowService server = new ScriptedWorkflowService()) {
      WorkflowServiceStubs stubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build());
      WorkflowClient client = WorkflowClient.newInstance(stubs);
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      Map<String, Samples> perSecond = new LinkedHashMap<>();
      Map<String, Samples> ratios = new LinkedHashMap<>();
      VARIANTS.forEach(v -> perSecond.put(v, new Samples()));
      ratios.put("jetty ÷ before", new Samples());
      ratios.put("jdk ÷ before", new Samples());
      ratios.put("jetty ÷ jdk", new Samples());
      for (int round = 0; round < warmup + rounds; round++) {
        List<String> order = new ArrayList<>(VARIANTS);
        if (round % 2 == 1) {
          java.util.Collections.reverse(order);
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String variant : order) {
          server.alwaysAnswer(io.grpc.Status.Code.OK);
          try (Running running = start(variant, client)) {
            rates.put(variant, throughput(http, running.uri(), clients, seconds));
          }
        }
        if (round >= warmup) {
          rates.forEach((variant, rate) -> perSecond.get(variant).add(rate));
          ratios.get("jetty ÷ before").add(rates.get("jetty") / rates.get("before"));
          ratios.get("jdk ÷ before").add(rates.get("jdk") / rates.get("before"));
          ratios.get("jetty ÷ jdk").add(rates.get("jetty") / rates.get("jdk"));
        }
        System.out.printf(Locale.ROOT, "round %d: %s%n", round + 1, rates);
      }
      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "Honest deliveries, %d client threads, %d s per variant, %d rounds (+%d warm-up)%n%n",
          clients,
          seconds,
          rounds,
          warmup);
      System.out.println("| receiver | deliveries/s (median, min–max) |");
      System.out.println("|---|---:|");
      perSecond.forEach(
          (variant, samples) ->
              System.out.printf(
                  Locale.ROOT,
                  "| %s | %.0f (%.0f–%.0f) |%n",
                  variant,
                  samples.median(),
                  samples.min(),
                  samples.max()));
      System.out.println();
      System.out.println("| ratio | median (min–max) |");
      System.out.println("|---|---:|");
      ratios.forEach(
          (name, samples) ->
              System.out.printf(
                  Locale.ROOT,
                  "| %s | %.3f (%.3f–%.3f) |%n",
                  name,
                  samples.median(),
                  samples.min(),
                  samples.max()));
      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "One honest delivery while %d connections trickle an unfinished head (10 s client"
              + " timeout)%n%n",
          slow);
      System.out.println("| receiver | answer |");
      System.out.println("|---|---|");
      for (String variant : VARIANTS) {
        try (Running running = start(variant, client)) {
          System.out.printf(
              Locale.ROOT,
              "| %s | %s |%n",
              variant,
              probeUnderSlowHeads(http, running.uri(), slow));
        }
      }
      stubs.shutdownNow();
    }
  }

  /** A receiver of one variant. */
  private interface Running extends AutoCloseable {
    URI uri();

    @Override
    void close();
  }

  private static Running start(String variant, WorkflowClient client) throws IOException {
    switch (variant) {
      case "before" -> {
        BaselineReceiver receiver =
            BaselineReceiver.builder(client).routes(LedgerActivitiesCompleter.routes()).start();
        return new Running() {
          @Override
          public URI uri() {
            return receiver.uri();
          }

          @Override
          public void close() {
            receiver.close();
          }
        };
      }
      case "jdk" -> {
        WebhookEndpoint endpoint =
            WebhookEndpoint.builder(client).routes(LedgerActivitiesCompleter.routes()).build();
        JdkServerTransport transport = new JdkServerTransport(endpoint, 32);
        return new Running() {
          @Override
          public URI uri() {
            return transport.uri();
          }

          @Override
          public void close() {
            transport.close();
            endpoint.close();
          }
        };
      }
      case "jetty" -> {
        WebhookReceiver receiver =
            WebhookReceiver.builder(client).routes(LedgerActivitiesCompleter.routes()).start();
        return new Running() {
          @Override
          public URI uri() {
            return receiver.uri();
          }

          @Override
          public void close() {
            receiver.close();
          }
        };
      }
      default -> throw new IllegalArgumentException(variant);
    }
  }

  private static HttpRequest delivery(URI base, Duration timeout) {
    String handle =
        ClearHandle.forWorkflow("bench-" + WORKFLOWS.incrementAndGet(), "run-1").encode();
    return HttpRequest.newBuilder(base.resolve(handle))
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(RESULT))
        .build();
  }

  /**
   * Deliveries per second that {@code clients} threads, each one after another, get answered 200.
   */
  private static double throughput(HttpClient http, URI base, int clients, int seconds)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    List<Future<Long>> counts = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      counts.add(
          threads.submit(
              () -> {
                long delivered = 0;
                while (System.nanoTime() < end) {
                  HttpResponse<String> answer =
                      http.send(
                          delivery(base, Duration.ofSeconds(30)),
                          HttpResponse.BodyHandlers.ofString());
                  if (answer.statusCode() != 200) {
                    throw new IllegalStateException(
                        "Answered " + answer.statusCode() + ": " + answer.body());
                  }
                  delivered++;
                }
                return delivered;
              }));
    }
    long total = 0;
    for (Future<Long> count : counts) {
      total += count.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    threads.shutdown();
    return total / elapsed;
  }

  private static String probeUnderSlowHeads(HttpClient http, URI base, int slow) throws Exception {
    List<Socket> attackers = new ArrayList<>();
    ExecutorService trickle = Executors.newSingleThreadExecutor();
    try {
      String head =
          "POST " + base.getPath() + "x HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n";
      for (int i = 0; i < slow; i++) {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        attackers.add(socket);
      }
      Future<?> unused =
          trickle.submit(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  for (Socket socket : attackers) {
                    try {
                      OutputStream out = socket.getOutputStream();
                      out.write("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
                      out.flush();
                    } catch (IOException closed) {
                      // Cut off by the server.
                    }
                  }
                  try {
                    Thread.sleep(500);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      Thread.sleep(200);
      long start = System.nanoTime();
      try {
        HttpResponse<String> answer =
            http.send(delivery(base, Duration.ofSeconds(10)), HttpResponse.BodyHandlers.ofString());
        return String.format(
            Locale.ROOT,
            "%d after %d ms",
            answer.statusCode(),
            (System.nanoTime() - start) / 1_000_000);
      } catch (HttpTimeoutException e) {
        return "none within 10 s";
      }
    } finally {
      trickle.shutdownNow();
      for (Socket socket : attackers) {
        socket.close();
      }
    }
  }
}

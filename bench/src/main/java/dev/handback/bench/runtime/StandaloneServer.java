package dev.handback.bench.runtime;

import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's standalone test server ({@code io.temporal.testserver.TestServer}) in a JVM process
 * of its own on a free loopback port, reached over real gRPC; stopped by {@link #close()}.
 */
final class StandaloneServer implements TemporalServer {
  private static final long START_TIMEOUT_MILLIS = 60_000;

  private final Process process;
  private final Path log;
  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;
  private final WorkerFactory workers;

  private StandaloneServer(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.stubs = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
    this.client = WorkflowClient.newInstance(stubs);
    this.workers = WorkerFactory.newInstance(client);
  }

  /** Starts the server process and waits until it accepts connections. */
  static StandaloneServer start() {
    int port = freeLoopbackPort();
    try {
      Path log = Files.createTempFile("handback-test-server", ".log");
      Process process = new ProcessBuilder(List.of(
              Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
              "-classpath", System.getProperty("java.class.path"),
              "io.temporal.testserver.TestServer", Integer.toString(port)))
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      awaitListening(process, port, log);
      return new StandaloneServer(process, log, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitListening(Process process, int port, Path log) {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The test server exited at start; see " + log);
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
        return;
      } catch (IOException notYet) {
        sleep(100);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("The test server did not listen on port " + port
        + " within " + START_TIMEOUT_MILLIS / 1000 + " s; see " + log);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String name() {
    return "standalone test server (gRPC)";
  }

  @Override
  public WorkflowClient client() {
    return client;
  }

  @Override
  public Worker newWorker(String taskQueue) {
    return workers.newWorker(taskQueue);
  }

  @Override
  public void startWorkers() {
    workers.start();
  }

  @Override
  public void close() {
    workers.shutdownNow();
    workers.awaitTermination(10, TimeUnit.SECONDS);
    stubs.shutdownNow();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      Files.deleteIfExists(log);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

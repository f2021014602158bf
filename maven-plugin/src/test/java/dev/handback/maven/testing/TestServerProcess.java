package dev.handback.maven.testing;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's standalone test server ({@code io.temporal.testserver.TestServer}, artifact {@code
 * temporal-test-server}) in its own JVM on a free loopback port, for tests that need a real gRPC
 * connection. The process gets this JVM's classpath; its output goes to a log file. Close it to
 * stop the process (use try-with-resources or an {@code @AfterAll}).
 */
public final class TestServerProcess implements AutoCloseable {
  private static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);

  private final Process process;
  private final int port;
  private final Path log;

  private TestServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the server and waits until it answers gRPC.
   *
   * @param logFile where the server's standard output and error go
   * @throws IllegalStateException if the server exits or does not answer within 90 s; the message
   *     carries the end of its log
   */
  public static TestServerProcess start(Path logFile) {
    int port = freeLoopbackPort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            "io.temporal.testserver.TestServer",
            Integer.toString(port));
    Process process;
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(logFile.toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the Temporal test server: " + e.getMessage(), e);
    }
    TestServerProcess server = new TestServerProcess(process, port, logFile);
    try {
      server.awaitReady();
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The gRPC target, {@code 127.0.0.1:<port>}. */
  public String target() {
    return "127.0.0.1:" + port;
  }

  /** Service stubs connected to this server; shut them down when done. */
  public WorkflowServiceStubs newServiceStubs() {
    return WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(target()).build());
  }

  /** Whether the server process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Stops the server process, forcibly if it does not stop within 10 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(STARTUP_LIMIT);
    RuntimeException last = null;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The Temporal test server exited with " + process.exitValue() + ":\n" + logTail());
      }
      WorkflowServiceStubs stubs = newServiceStubs();
      try {
        stubs
            .blockingStub()
            .withDeadlineAfter(2, TimeUnit.SECONDS)
            .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
        return;
      } catch (RuntimeException e) {
        last = e;
      } finally {
        stubs.shutdownNow();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the Temporal test server", e);
      }
    }
    throw new IllegalStateException(
        "The Temporal test server did not answer on "
            + target()
            + " within "
            + STARTUP_LIMIT.toSeconds()
            + " s (last error: "
            + last
            + "):\n"
            + logTail());
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free loopback port: " + e.getMessage(), e);
    }
  }
}

package dev.handback.testserver;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;
import java.util.List;

/**
 * Temporal's standalone test server ({@link LoopbackTestServer}) in a JVM of its own, on a loopback
 * port, reached over real gRPC. {@link #start} returns once the server answers {@code
 * GetSystemInfo}; {@link #close} stops the process, killing it after a grace period. The tests use
 * it through {@link StandaloneTestServer}; the run-time benchmark uses it directly.
 */
public final class TestServerProcess implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofMinutes(2);

  private final ChildJvm process;
  private final String target;

  private TestServerProcess(ChildJvm process, String target) {
    this.process = process;
    this.target = target;
  }

  /**
   * Starts the server in a JVM named {@code name} (its log is {@code target/child-jvms/<name>.log})
   * with {@code jvmOptions}, and waits until it answers.
   *
   * @throws IllegalStateException if the server does not answer within two minutes; the process is
   *     stopped
   */
  public static TestServerProcess start(String name, List<String> jvmOptions)
      throws InterruptedException {
    ChildJvm process = ChildJvm.start(name, jvmOptions, LoopbackTestServer.class);
    try {
      String line = process.awaitLine(LoopbackTestServer.LISTENING + " ", STARTUP);
      String target = "127.0.0.1:" + line.substring(LoopbackTestServer.LISTENING.length() + 1);
      awaitAnswer(target);
      return new TestServerProcess(process, target);
    } catch (InterruptedException | RuntimeException e) {
      process.close();
      throw e;
    }
  }

  private static void awaitAnswer(String target) throws InterruptedException {
    WorkflowServiceStubs probe =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    try {
      long deadline = System.nanoTime() + STARTUP.toNanos();
      while (true) {
        try {
          probe.blockingStub().getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
          return;
        } catch (RuntimeException e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("The test server at " + target + " never answered", e);
          }
          Thread.sleep(200);
        }
      }
    } finally {
      probe.shutdownNow();
    }
  }

  /** The server's gRPC address, {@code 127.0.0.1:<port>}. */
  public String target() {
    return target;
  }

  /** Stops the server: closes its standard input, and kills it after a grace period. */
  @Override
  public void close() {
    process.close();
  }
}

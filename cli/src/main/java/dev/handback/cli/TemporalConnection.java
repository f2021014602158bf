package dev.handback.cli;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.envconfig.ClientConfigProfile;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.concurrent.TimeUnit;

/** A connection to Temporal for one command: the service stubs and a client of one namespace. */
final class TemporalConnection implements AutoCloseable {
  private final WorkflowServiceStubs stubs;
  private final WorkflowClient client;

  private TemporalConnection(WorkflowServiceStubs stubs, WorkflowClient client) {
    this.stubs = stubs;
    this.client = client;
  }

  /**
   * Connects lazily as {@code profile} says: the first call reaches the server.
   *
   * @throws CliFailure if a certificate or key of the profile cannot be used
   */
  static TemporalConnection open(ClientConfigProfile profile) {
    WorkflowServiceStubsOptions options;
    WorkflowClientOptions clientOptions;
    try {
      options = profile.toWorkflowServiceStubsOptions();
      clientOptions = profile.toWorkflowClientOptions();
    } catch (RuntimeException e) {
      throw new CliFailure(
          ExitCode.USAGE,
          "Cannot use the TLS settings: "
              + e.getMessage()
              + " (certificates and keys in PEM; the key unencrypted PKCS#8, \"BEGIN PRIVATE"
              + " KEY\")",
          e);
    }
    WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(options);
    return new TemporalConnection(stubs, WorkflowClient.newInstance(stubs, clientOptions));
  }

  WorkflowServiceStubs stubs() {
    return stubs;
  }

  WorkflowClient client() {
    return client;
  }

  String namespace() {
    return client.getOptions().getNamespace();
  }

  @Override
  public void close() {
    stubs.shutdown();
    try {
      stubs.awaitTermination(5, TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      stubs.shutdownNow();
    }
  }
}

package dev.handback.samples.review;

import io.temporal.client.WorkflowClient;
import io.temporal.envconfig.ClientConfigProfile;
import io.temporal.envconfig.ClientConfigTLS;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.concurrent.TimeUnit;

/**
 * A running Temporal service: {@code temporal server start-dev}, a self-hosted cluster with mTLS,
 * or Temporal Cloud. The connection is Temporal's own: {@link ClientConfigProfile} makes the stubs'
 * options (address, TLS, API key) and the client's (namespace).
 */
public final class RemoteTemporal implements TemporalEnvironment {
  private final String description;
  private final WorkflowServiceStubs service;
  private final WorkflowClient client;
  private final WorkerFactory workers;

  /**
   * Connects to the frontend at {@code address}, {@code host:port}, in namespace {@code default}.
   */
  public RemoteTemporal(String address) {
    this(ClientConfigProfile.newBuilder().setAddress(address).build());
  }

  /** Connects as {@code profile} says, as Temporal's CLI and SDKs would. */
  public RemoteTemporal(ClientConfigProfile profile) {
    WorkflowServiceStubsOptions options = profile.toWorkflowServiceStubsOptions();
    this.description = describe(profile, options);
    this.service = WorkflowServiceStubs.newServiceStubs(options);
    this.client = WorkflowClient.newInstance(service, profile.toWorkflowClientOptions());
    this.workers = WorkerFactory.newInstance(client);
  }

  /** Says where and how, never with the API key or a certificate's content. */
  private static String describe(ClientConfigProfile profile, WorkflowServiceStubsOptions options) {
    String namespace =
        profile.getNamespace() == null || profile.getNamespace().isEmpty()
            ? "default"
            : profile.getNamespace();
    StringBuilder text =
        new StringBuilder("the Temporal service at ")
            .append(options.getTarget())
            .append(", namespace ")
            .append(namespace);
    boolean tls = options.getSslContext() != null || options.getEnableHttps();
    ClientConfigTLS settings = profile.getTls();
    boolean certificate =
        settings != null
            && (settings.getClientCertPath() != null || settings.getClientCertData() != null);
    boolean apiKey = profile.getApiKey() != null && !profile.getApiKey().isEmpty();
    text.append(tls ? ", over TLS" : ", in plain text");
    if (certificate) {
      text.append(" with a client certificate");
    }
    if (apiKey) {
      text.append(certificate ? " and an API key" : " with an API key");
    }
    return text.toString();
  }

  @Override
  public String description() {
    return description;
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
  public void start() {
    workers.start();
  }

  @Override
  public void close() {
    workers.shutdown();
    workers.awaitTermination(10, TimeUnit.SECONDS);
    service.shutdown();
    service.awaitTermination(10, TimeUnit.SECONDS);
  }
}

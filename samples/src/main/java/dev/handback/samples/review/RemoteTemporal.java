package dev.handback.samples.review;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.util.concurrent.TimeUnit;

/**
 * A running Temporal service, such as {@code temporal server start-dev}, namespace {@code default}.
 */
public final class RemoteTemporal implements TemporalEnvironment {
  private final String target;
  private final WorkflowServiceStubs service;
  private final WorkflowClient client;
  private final WorkerFactory workers;

  /** Connects to the frontend at {@code target}, given as {@code host:port}. */
  public RemoteTemporal(String target) {
    this.target = target;
    this.service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    this.client =
        WorkflowClient.newInstance(
            service, WorkflowClientOptions.newBuilder().setNamespace("default").build());
    this.workers = WorkerFactory.newInstance(client);
  }

  @Override
  public String description() {
    return "the Temporal service at " + target + ", namespace default";
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

package dev.handback.bench.runtime;

import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;

/** A Temporal service the benchmark runs against, with a worker connected to it. */
interface TemporalServer extends AutoCloseable {

  /** A short name for the results table. */
  String name();

  /** The client the workflows are started with and the external system replies through. */
  WorkflowClient client();

  /** A worker polling {@code taskQueue}; call {@link #startWorkers()} after registering. */
  Worker newWorker(String taskQueue);

  /** Starts polling with every worker made so far. */
  void startWorkers();

  @Override
  void close();
}

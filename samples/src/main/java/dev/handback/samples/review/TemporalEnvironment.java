package dev.handback.samples.review;

import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;

/** Where the sample runs: a Temporal service, a client for it, and the workers that poll it. */
public interface TemporalEnvironment extends AutoCloseable {

  /** Says which service this is, for the sample's output. */
  String description();

  /** The client that starts workflows and completes activities. */
  WorkflowClient client();

  /** A new worker polling {@code taskQueue}; register implementations before {@link #start()}. */
  Worker newWorker(String taskQueue);

  /** Starts polling with every worker made so far. */
  void start();

  /** Stops the workers and releases the connection. */
  @Override
  void close();
}

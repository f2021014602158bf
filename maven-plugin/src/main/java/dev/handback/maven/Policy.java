package dev.handback.maven;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An organisation's rules for activities that wait for an external party.
 *
 * @param maxStartToCloseWithoutHeartbeat the longest start-to-close (or, without one,
 *     schedule-to-close) a method may declare when it sets no heartbeat timeout; empty: no limit
 * @param requireHeartbeatForAsyncCompletion whether every method on the completion path must set a
 *     heartbeat timeout
 * @param allowedTaskQueues the task queues a method may declare; empty: any. A method that declares
 *     none runs on its workflow's task queue and always passes
 * @param allowedPaths the paths ({@code completion}, {@code signal}, {@code polling}) a method may
 *     use; empty: any
 */
public record Policy(
    Optional<Duration> maxStartToCloseWithoutHeartbeat,
    boolean requireHeartbeatForAsyncCompletion,
    List<String> allowedTaskQueues,
    List<String> allowedPaths) {

  public Policy {
    allowedTaskQueues = List.copyOf(allowedTaskQueues);
    allowedPaths = List.copyOf(allowedPaths);
  }

  /** A policy that allows everything. */
  public static Policy none() {
    return new Policy(Optional.empty(), false, List.of(), List.of());
  }
}

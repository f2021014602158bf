package dev.handback.processor.model;

import java.util.Optional;

/**
 * The {@code ActivityOptions} declared for one method. Durations keep the ISO-8601 text the user
 * wrote, so generated code reads like the annotation. An empty cancellation type keeps Temporal's.
 */
public record ActivityOptionsModel(
    Optional<DurationValue> startToClose,
    Optional<DurationValue> scheduleToClose,
    Optional<DurationValue> scheduleToStart,
    Optional<DurationValue> heartbeat,
    Optional<String> taskQueue,
    RetryModel retry,
    Optional<String> cancellationType) {}

package dev.handback.processor.model;

/**
 * What an {@code @ExternalResult} method adds to its activity options.
 *
 * @param signalName the signal that carries the result
 * @param timeout how long the workflow's inbox waits for it
 */
public record ExternalResultModel(String signalName, DurationValue timeout) {}

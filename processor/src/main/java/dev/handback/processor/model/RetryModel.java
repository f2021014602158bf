package dev.handback.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Retry settings; empty values keep Temporal's defaults. */
public record RetryModel(
    Optional<DurationValue> initialInterval,
    OptionalDouble backoffCoefficient,
    Optional<DurationValue> maximumInterval,
    int maximumAttempts,
    List<String> doNotRetry) {

  public RetryModel {
    doNotRetry = List.copyOf(doNotRetry);
  }

  /** Whether every setting is Temporal's default, so no {@code RetryOptions} is needed. */
  public boolean isDefault() {
    return initialInterval.isEmpty()
        && backoffCoefficient.isEmpty()
        && maximumInterval.isEmpty()
        && maximumAttempts == 0
        && doNotRetry.isEmpty();
  }
}

package dev.handback.runtime;

import java.util.Optional;

/**
 * One pending activity of a method, as Temporal described it when a reply by business key looked
 * for it: listed by {@link SeveralPendingActivitiesException} and {@link
 * NoPendingActivityException} so that the caller can choose one.
 *
 * @param activityId the activity's id within its workflow run
 * @param callKey the call key its hand-off recorded, or empty if it recorded none
 * @param attempt its current attempt, from 1
 */
public record PendingCall(String activityId, String callKey, int attempt) {

  /** Reads null as an empty call key. */
  public PendingCall {
    callKey = callKey == null ? "" : callKey;
  }

  /** The call key, if the hand-off recorded one. */
  public Optional<String> call() {
    return callKey.isEmpty() ? Optional.empty() : Optional.of(callKey);
  }

  /** {@code activity '…' (call key '…', attempt n)}. */
  @Override
  public String toString() {
    return "activity '"
        + activityId
        + "' ("
        + call().map(key -> "call key '" + key + "'").orElse("no call key")
        + ", attempt "
        + attempt
        + ")";
  }
}

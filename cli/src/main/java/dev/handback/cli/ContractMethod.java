package dev.handback.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handback.runtime.HandleKey;
import java.time.Duration;
import java.util.Optional;

/**
 * One method of a contract that an external party replies to, as {@code contract.json} describes
 * it.
 *
 * @param key the method, as handles name it
 * @param activityType the activity type it runs as
 * @param interfaceName the activity interface's qualified name
 * @param path {@code completion} (asynchronous completion) or {@code signal} ({@code
 *     ExternalResult})
 * @param signal the signal that delivers the result, on path {@code signal}
 * @param waitFor how long the workflow's inbox waits, on path {@code signal}
 * @param startToClose the activity's start-to-close timeout, if any
 * @param scheduleToClose the activity's schedule-to-close timeout, if any
 * @param heartbeat the activity's heartbeat timeout, if any
 * @param retriesExternalFailures whether a failure an external party reports is retried
 * @param resultVoid whether the method returns nothing
 * @param resultSchema the JSON Schema of the result
 */
record ContractMethod(
    HandleKey key,
    String activityType,
    String interfaceName,
    String path,
    String signal,
    Duration waitFor,
    Duration startToClose,
    Duration scheduleToClose,
    Duration heartbeat,
    boolean retriesExternalFailures,
    boolean resultVoid,
    JsonNode resultSchema) {

  static final String COMPLETION = "completion";
  static final String SIGNAL = "signal";

  boolean isSignal() {
    return SIGNAL.equals(path);
  }

  boolean isCompletion() {
    return COMPLETION.equals(path);
  }

  /** Whether {@code name} names this method's interface, by simple or qualified name. */
  boolean belongsTo(String name) {
    return key.interfaceName().equals(name) || interfaceName.equals(name);
  }

  Optional<Duration> heartbeatTimeout() {
    return Optional.ofNullable(heartbeat);
  }
}

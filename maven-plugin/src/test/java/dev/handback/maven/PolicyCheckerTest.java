package dev.handback.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyCheckerTest {

  @Test
  void allowsEverythingWithoutPolicy() {
    assertEquals(
        List.of(),
        new PolicyChecker(Policy.none())
            .check(List.of(model(method("slow", "P30D", null, null, null)))));
  }

  @Test
  void limitsStartToCloseOnlyWithoutHeartbeat() {
    Policy policy = new Policy(Optional.of(Duration.ofHours(1)), false, List.of(), List.of());
    List<String> violations =
        new PolicyChecker(policy)
            .check(
                List.of(
                    model(
                        method("slow", "P7D", null, null, null),
                        method("kept", "P7D", null, "PT10M", null),
                        method("short", "PT1H", null, null, null),
                        method("whole", null, "P2D", null, null))));
    assertEquals(
        List.of(
            "com.example.Acts.slow: startToClose P7D is longer than the PT1H allowed without a heartbeat"
                + " timeout; set heartbeat or shorten startToClose",
            "com.example.Acts.whole: scheduleToClose P2D is longer than the PT1H allowed without a"
                + " heartbeat timeout; set heartbeat or shorten scheduleToClose"),
        violations);
  }

  @Test
  void requiresHeartbeatAllowedQueuesAndPaths() {
    Policy policy = new Policy(Optional.empty(), true, List.of("ok"), List.of("signal"));
    List<String> violations =
        new PolicyChecker(policy)
            .check(
                List.of(
                    model(
                        method("a", "PT1M", null, null, "rogue"),
                        method("b", "PT1M", null, "PT1M", null))));
    assertEquals(4, violations.size(), violations.toString());
    assertEquals(
        "com.example.Acts.a: path 'completion' is not among the allowed paths [signal]; change the"
            + " method's annotation or the plugin's <allowedPaths>",
        violations.get(0));
    assertEquals(
        "com.example.Acts.a: task queue 'rogue' is not among the allowed task queues [ok]; set"
            + " taskQueue to one of them",
        violations.get(1));
    assertEquals(true, violations.get(2).startsWith("com.example.Acts.a: no heartbeat timeout"));
    assertEquals(true, violations.get(3).startsWith("com.example.Acts.b: path 'completion'"));
  }

  private static HandbackModel model(HandbackModel.Method... methods) {
    return new HandbackModel(
        1,
        "com.example.Acts",
        "Acts",
        Map.of("completer", "com.example.ActsCompleter"),
        List.of(methods));
  }

  private static HandbackModel.Method method(
      String name, String startToClose, String scheduleToClose, String heartbeat, String queue) {
    Map<String, String> timeouts = new HashMap<>();
    timeouts.put("startToClose", startToClose);
    timeouts.put("scheduleToClose", scheduleToClose);
    timeouts.put("heartbeat", heartbeat);
    return new HandbackModel.Method(
        name,
        name,
        "completion",
        null,
        new HandbackModel.Result(true, null, null, null),
        queue,
        timeouts,
        Map.of(),
        "final",
        "TRY_CANCEL",
        new HandbackModel.Handle(
            "Acts." + name, "com.example.ActsCompleter$H", "hb1", "t", "hb1.Acts." + name + ".t."),
        null);
  }
}

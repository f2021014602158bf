package dev.handback.maven;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Checks models against a {@link Policy}: one plain line per violation, naming the method. */
public final class PolicyChecker {
  private final Policy policy;

  /** A checker of {@code policy}. */
  public PolicyChecker(Policy policy) {
    this.policy = policy;
  }

  /** The violations in {@code models}, in interface and declaration order; empty when all pass. */
  public List<String> check(List<HandbackModel> models) {
    List<String> violations = new ArrayList<>();
    for (HandbackModel model : models) {
      for (HandbackModel.Method method : model.methods()) {
        check(model, method, violations);
      }
    }
    return violations;
  }

  private void check(HandbackModel model, HandbackModel.Method method, List<String> violations) {
    String where = model.interfaceName().replace('$', '.') + "." + method.name() + ": ";
    String heartbeat = method.timeout("heartbeat");
    boolean completion = "completion".equals(method.path());
    if (!policy.allowedPaths().isEmpty() && !policy.allowedPaths().contains(method.path())) {
      violations.add(
          where
              + "path '"
              + method.path()
              + "' is not among the allowed paths "
              + policy.allowedPaths()
              + "; change the method's annotation or the plugin's <allowedPaths>");
    }
    if (method.taskQueue() != null
        && !policy.allowedTaskQueues().isEmpty()
        && !policy.allowedTaskQueues().contains(method.taskQueue())) {
      violations.add(
          where
              + "task queue '"
              + method.taskQueue()
              + "' is not among the allowed task queues "
              + policy.allowedTaskQueues()
              + "; set taskQueue to one of them");
    }
    if (completion && policy.requireHeartbeatForAsyncCompletion() && heartbeat == null) {
      violations.add(
          where
              + "no heartbeat timeout, and the policy requires one for asynchronous completion;"
              + " set heartbeat (for example heartbeat = \"PT1H\") so a lost hand-off is retried"
              + " early");
    }
    if (heartbeat == null && policy.maxStartToCloseWithoutHeartbeat().isPresent()) {
      Duration max = policy.maxStartToCloseWithoutHeartbeat().get();
      String name = method.timeout("startToClose") != null ? "startToClose" : "scheduleToClose";
      String text = method.timeout(name);
      if (text != null && parse(text, where + name).compareTo(max) > 0) {
        violations.add(
            where
                + name
                + " "
                + text
                + " is longer than the "
                + max
                + " allowed without a heartbeat timeout; set heartbeat or shorten "
                + name);
      }
    }
  }

  private static Duration parse(String text, String what) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new ModelException(
          what + " '" + text + "' is not an ISO-8601 duration: rebuild with 'mvn clean'");
    }
  }
}

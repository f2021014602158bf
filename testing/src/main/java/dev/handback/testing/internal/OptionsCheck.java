package dev.handback.testing.internal;

import dev.handback.testing.ScheduledOptions;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.common.v1.RetryPolicy;
import io.temporal.api.history.v1.ActivityTaskScheduledEventAttributes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.RetryOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The options a waiting method's activity was scheduled with, as Temporal recorded them, compared
 * with those {@code FooOptions} declares.
 */
public final class OptionsCheck {
  private final TestServer server;
  private final Wait wait;

  /** The check of {@code wait}'s activity on {@code server}. */
  public OptionsCheck(TestServer server, Wait wait) {
    this.server = server;
    this.wait = wait;
  }

  /** What Temporal recorded when it scheduled the activity. */
  public ScheduledOptions recorded() {
    HistoryEvent scheduled =
        wait.snapshot(server).history().stream()
            .filter(event -> event.getEventId() == wait.scheduledEventId())
            .findFirst()
            .orElseThrow();
    ActivityTaskScheduledEventAttributes attributes =
        scheduled.getActivityTaskScheduledEventAttributes();
    RetryOptions.Builder retry = RetryOptions.newBuilder();
    if (attributes.hasRetryPolicy()) {
      RetryPolicy policy = attributes.getRetryPolicy();
      retry
          .setInitialInterval(TestServer.duration(policy.getInitialInterval()))
          .setBackoffCoefficient(policy.getBackoffCoefficient())
          .setMaximumInterval(TestServer.duration(policy.getMaximumInterval()))
          .setMaximumAttempts(policy.getMaximumAttempts())
          .setDoNotRetry(policy.getNonRetryableErrorTypesList().toArray(new String[0]));
    }
    return new ScheduledOptions(
        attributes.getActivityType().getName(),
        attributes.getTaskQueue().getName(),
        TestServer.duration(attributes.getStartToCloseTimeout()),
        TestServer.duration(attributes.getScheduleToCloseTimeout()),
        TestServer.duration(attributes.getScheduleToStartTimeout()),
        TestServer.duration(attributes.getHeartbeatTimeout()),
        retry.build());
  }

  /**
   * Checks that every option {@code FooOptions} declares was recorded as declared.
   *
   * @throws AssertionError naming each option that differs
   */
  public void assertAsDeclared() {
    ActivityOptions declared = wait.method().declaredOptions();
    ScheduledOptions recorded = recorded();
    List<String> differences = new ArrayList<>();
    compare(
        "start-to-close", declared.getStartToCloseTimeout(), recorded.startToClose(), differences);
    compare(
        "schedule-to-close",
        declared.getScheduleToCloseTimeout(),
        recorded.scheduleToClose(),
        differences);
    compare(
        "schedule-to-start",
        declared.getScheduleToStartTimeout(),
        recorded.scheduleToStart(),
        differences);
    compare("heartbeat", declared.getHeartbeatTimeout(), recorded.heartbeat(), differences);
    compare("task queue", declared.getTaskQueue(), recorded.taskQueue(), differences);
    RetryOptions retry = declared.getRetryOptions();
    if (retry != null) {
      compareRetry(retry, recorded.retry(), differences);
    }
    if (!differences.isEmpty()) {
      String options = wait.method().optionsClassName();
      String method = wait.method().method().getName();
      throw new AssertionError(
          wait.method().name()
              + " in workflow '"
              + wait.workflowId()
              + "' was scheduled with other options than "
              + options
              + "."
              + method
              + "() declares: "
              + String.join("; ", differences)
              + ". Schedule it through "
              + options
              + ".newStub(), or with "
              + options
              + "."
              + method
              + "()");
    }
  }

  private static void compareRetry(RetryOptions declared, RetryOptions got, List<String> out) {
    compare("retry initial interval", declared.getInitialInterval(), got.getInitialInterval(), out);
    compare(
        "retry backoff coefficient",
        declared.getBackoffCoefficient() == 0 ? null : declared.getBackoffCoefficient(),
        got.getBackoffCoefficient(),
        out);
    compare("retry maximum interval", declared.getMaximumInterval(), got.getMaximumInterval(), out);
    compare(
        "retry maximum attempts",
        declared.getMaximumAttempts() == 0 ? null : declared.getMaximumAttempts(),
        got.getMaximumAttempts(),
        out);
    compare(
        "retry doNotRetry",
        declared.getDoNotRetry() == null || declared.getDoNotRetry().length == 0
            ? null
            : List.of(declared.getDoNotRetry()),
        got.getDoNotRetry() == null ? List.of() : List.of(got.getDoNotRetry()),
        out);
  }

  private static void compare(String what, Object declared, Object recorded, List<String> out) {
    if (declared != null && !declared.equals(recorded)) {
      out.add(what + " " + recorded + " (declared " + declared + ")");
    }
  }
}

// external failures retried, with Temporal's default retry policy: unlimited attempts
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public interface Jobs {
  @AsyncCompletable(startToClose = "PT1H", heartbeat = "PT5M", retryExternalFailures = true)
  String run(String input);
}
// expect: WARNING 14:88 [HB107] retryExternalFailures = true, with unlimited attempts, no scheduleToClose and no retry.doNotRetry: every failure the external party reports runs the activity again, which asks the party anew with a new handle, so its final "no" is asked again without end; list its final failures in retry.doNotRetry, limit retry.maximumAttempts or scheduleToClose, or remove retryExternalFailures so that its failures are final; or silence with @SuppressWarnings("handback:HB107")

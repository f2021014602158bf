// external failures retried for every method, with retries limited only in their interval
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
@AsyncCompletable(
    startToClose = "PT1H",
    heartbeat = "PT5M",
    retry = @Retry(initialInterval = "PT1M", maximumInterval = "PT1H"),
    retryExternalFailures = true)
public interface Jobs {
  String run(String input);

  String walk(String input);
}
// expect: WARNING 17:29 [HB107] retryExternalFailures = true, with unlimited attempts, no scheduleToClose and no retry.doNotRetry: every failure the external party reports runs the activity again, which asks the party anew with a new handle, so its final "no" is asked again without end; list its final failures in retry.doNotRetry, limit retry.maximumAttempts or scheduleToClose, or remove retryExternalFailures so that its failures are final; or silence with @SuppressWarnings("handback:HB107")

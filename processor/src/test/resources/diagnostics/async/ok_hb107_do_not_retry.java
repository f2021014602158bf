// external failures retried, but the external party's final failure is listed in doNotRetry
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
  @AsyncCompletable(
      startToClose = "PT1H",
      heartbeat = "PT5M",
      retry = @Retry(doNotRetry = "com.example.Rejected"),
      retryExternalFailures = true)
  String run(String input);
}
// expect: none

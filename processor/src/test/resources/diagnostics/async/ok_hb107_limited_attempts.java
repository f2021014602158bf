// external failures retried, at most three attempts in all
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
      retry = @Retry(maximumAttempts = 3),
      retryExternalFailures = true)
  String run(String input);
}
// expect: none

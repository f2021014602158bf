// external failures retried, for one day at most
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
      scheduleToClose = "P1D",
      heartbeat = "PT5M",
      retryExternalFailures = true)
  String run(String input);
}
// expect: none

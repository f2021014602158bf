// external failures retried without end, on purpose
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
  @SuppressWarnings("handback:HB107") // the external party never fails for good
  @AsyncCompletable(startToClose = "PT1H", heartbeat = "PT5M", retryExternalFailures = true)
  String run(String input);
}
// expect: none

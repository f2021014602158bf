// maximumInterval below Temporal's default initial interval of one second
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public interface Jobs {
  @AsyncCompletable(startToClose = "PT1H", retry = @Retry(maximumInterval = "PT0.5S"))
  String run(String input);
}
// expect: ERROR 15:77 [HB015] retry.maximumInterval = "PT0.5S" is shorter than Temporal's default initial interval of 1 second (retry.initialInterval is not set), and Temporal refuses a maximum below the initial interval: make the maximum at least the initial interval

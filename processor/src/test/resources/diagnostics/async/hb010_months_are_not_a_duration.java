// P1M means one month to people, and nothing to Duration.parse
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
  @AsyncCompletable(startToClose = "P1M")
  String run(String input);
}
// expect: ERROR 14:36 [HB010] startToClose = "P1M" is not an ISO-8601 duration: write it as java.time.Duration.parse reads it, for example "P7D" (7 days), "PT1H" (1 hour) or "PT30M" (30 minutes)

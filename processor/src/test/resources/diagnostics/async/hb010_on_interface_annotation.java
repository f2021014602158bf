// a malformed duration on the interface-level annotation
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
@AsyncCompletable(startToClose = "7 days")
public interface Jobs {
  String run(String input);
}
// expect: ERROR 13:34 [HB010] startToClose = "7 days" is not an ISO-8601 duration: write it as java.time.Duration.parse reads it, for example "P7D" (7 days), "PT1H" (1 hour) or "PT30M" (30 minutes)

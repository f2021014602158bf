// a duration with a fraction of a millisecond
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
  @AsyncCompletable(startToClose = "PT1.0005S")
  String run(String input);
}
// expect: ERROR 15:36 [HB028] startToClose = "PT1.0005S" is not a whole number of milliseconds, and Temporal sends durations in whole milliseconds, dropping the rest: write it in whole milliseconds, for example "PT0.25S"

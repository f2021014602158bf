// a duration Temporal would send as zero
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
  @AsyncCompletable(startToClose = "PT1H", heartbeat = "PT0.0001S")
  String run(String input);
}
// expect: ERROR 15:56 [HB028] heartbeat = "PT0.0001S" is not a whole number of milliseconds, and Temporal sends durations in whole milliseconds, dropping the rest, so this one would be zero, which means not set: write it in whole milliseconds, for example "PT0.25S"

// heartbeat equal to scheduleToClose (no startToClose)
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
  @AsyncCompletable(scheduleToClose = "PT30M", heartbeat = "PT30M")
  String run(String input);
}
// expect: ERROR 14:60 [HB016] heartbeat = "PT30M" is not shorter than scheduleToClose = "PT30M", so it would never fire: make the heartbeat timeout shorter, or leave it empty

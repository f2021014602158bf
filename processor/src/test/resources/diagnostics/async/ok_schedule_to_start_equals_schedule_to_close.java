// scheduleToStart equal to scheduleToClose
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
  @AsyncCompletable(scheduleToClose = "PT1H", scheduleToStart = "PT1H")
  String run(String input);
}
// expect: none

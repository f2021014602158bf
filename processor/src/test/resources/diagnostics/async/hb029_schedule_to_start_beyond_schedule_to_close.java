// scheduleToStart longer than scheduleToClose
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
  @AsyncCompletable(scheduleToClose = "PT1H", scheduleToStart = "PT2H")
  String run(String input);
}
// expect: ERROR 15:65 [HB029] scheduleToStart = "PT2H" is longer than scheduleToClose = "PT1H", so Temporal cuts it to scheduleToClose: make scheduleToStart shorter, or leave it empty

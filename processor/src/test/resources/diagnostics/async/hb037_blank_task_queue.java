// a whitespace-only task queue
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
  @AsyncCompletable(startToClose = "PT1H", taskQueue = "  ")
  String run(String input);
}
// expect: ERROR 15:56 [HB037] taskQueue = "  " is blank, and Temporal has no task queue of that name: name the task queue, or remove taskQueue to use the workflow's own task queue

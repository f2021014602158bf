// a whitespace-only task queue on @Polled
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(every = "PT1M", giveUpAfter = "PT10M", taskQueue = " ")
  String status(String id);
}
// expect: ERROR 9:62 [HB037] taskQueue = " " is blank, and Temporal has no task queue of that name: name the task queue, or remove taskQueue to use the workflow's own task queue

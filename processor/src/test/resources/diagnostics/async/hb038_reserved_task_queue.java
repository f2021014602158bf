// a task queue in the server's reserved namespace
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
  @AsyncCompletable(startToClose = "PT1H", taskQueue = "/_sys/humans")
  String run(String input);
}
// expect: ERROR 15:56 [HB038] taskQueue = "/_sys/humans" starts with "/_sys/", the prefix of the server's own queues, and Temporal refuses such a task queue name: choose another name

// heartbeat longer than startToClose
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
  @AsyncCompletable(startToClose = "PT10M", heartbeat = "PT1H")
  String run(String input);
}
// expect: ERROR 14:57 [HB016] heartbeat = "PT1H" is not shorter than startToClose = "PT10M", so it would never fire: make the heartbeat timeout shorter, or leave it empty

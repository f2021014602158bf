// negative retry.initialInterval
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
  @AsyncCompletable(startToClose = "PT1H", retry = @Retry(initialInterval = "-PT5M"))
  String run(String input);
}
// expect: ERROR 14:77 [HB011] retry.initialInterval = "-PT5M" is not longer than zero: give a positive duration, or leave it empty for Temporal's default

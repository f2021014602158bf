// backoffCoefficient NaN
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
  @AsyncCompletable(startToClose = "PT1H", retry = @Retry(backoffCoefficient = Double.NaN))
  String run(String input);
}
// expect: ERROR 14:86 [HB019] retry.backoffCoefficient = NaN is not a finite number: use 1.0 or more (2.0 doubles the wait), or 0 for Temporal's default

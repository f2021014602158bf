// an Object result, silenced on the method
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
  @SuppressWarnings("handback:HB110")
  @AsyncCompletable(startToClose = "PT1H")
  Object run(String input);
}
// expect: none

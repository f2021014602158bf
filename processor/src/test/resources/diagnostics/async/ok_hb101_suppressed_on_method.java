// HB101 silenced on the method
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
  @SuppressWarnings("handback:HB101")
  @AsyncCompletable(startToClose = "P7D")
  String run(String input);
}
// expect: none

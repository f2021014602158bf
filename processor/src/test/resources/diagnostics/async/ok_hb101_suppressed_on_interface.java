// HB101 of a method annotation silenced on the interface
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
@SuppressWarnings("handback:HB101")
public interface Jobs {
  @AsyncCompletable(startToClose = "P7D")
  String run(String input);
}
// expect: none

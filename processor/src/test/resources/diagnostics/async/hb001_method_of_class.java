// @AsyncCompletable on a method of a class
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

public class Jobs {
  @AsyncCompletable(startToClose = "PT1H")
  public String run(String input) {
    return input;
  }
}
// expect: ERROR 13:3 [HB001] @AsyncCompletable is on Jobs.run() of com.example.Jobs, which is not an @ActivityInterface: annotate the interface with @io.temporal.activity.ActivityInterface, or move @AsyncCompletable to one

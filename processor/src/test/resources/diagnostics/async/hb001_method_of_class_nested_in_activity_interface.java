// on a method of a class nested in an activity interface
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
  String run(String input);

  /** Not an activity interface, although it is nested in one. */
  class Helper {
    @AsyncCompletable(startToClose = "PT1H")
    public String help() {
      return "";
    }
  }
}
// expect: ERROR 18:5 [HB001] @AsyncCompletable is on Helper.help() of com.example.Jobs.Helper, which is not an @ActivityInterface: annotate the interface with @io.temporal.activity.ActivityInterface, or move @AsyncCompletable to one

// @ActivityMethod on a static method: Temporal refuses it
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
  @AsyncCompletable(startToClose = "PT1H")
  String run(String input);

  /** Not an activity. */
  @ActivityMethod(name = "Helper")
  static String helper() {
    return "";
  }
}
// expect: ERROR 19:17 [HB025] Jobs.helper() is static but carries @ActivityMethod, which Temporal refuses ("Method with @ActivityMethod annotation can't be static"): remove @ActivityMethod, or make the method abstract

// a method named byActivityType
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
  void byActivityType();
}
// expect: ERROR 15:8 [HB021] The method name 'byActivityType' of Jobs.byActivityType() is taken in the generated JobsOptions by the static method byActivityType() that lists or applies the options: rename the method (@ActivityMethod(name = ...) keeps its activity type)

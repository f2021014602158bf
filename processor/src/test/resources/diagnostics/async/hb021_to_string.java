// a method named toString
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
  String toString();
}
// expect: ERROR 15:10 [HB021] The method name 'toString' of Jobs.toString() is taken in the generated JobsAsync and JobsOptions by java.lang.Object.toString(): rename the method (@ActivityMethod(name = ...) keeps its activity type)

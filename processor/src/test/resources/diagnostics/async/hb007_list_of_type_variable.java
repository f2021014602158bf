// a generic method returning List<T>
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
  <T> List<T> run(Class<T> type);
}
// expect: ERROR 15:15 [HB007] Jobs.run() has type parameters, and Temporal cannot tell which type the activity returns: give it a concrete result type

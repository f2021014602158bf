// an inherited overload shares the activity type of a declared method
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public interface Jobs extends Base {
  @AsyncCompletable(startToClose = "PT1H")
  String run(String input);
}

/** Declares run(int). */
@ActivityInterface
interface Base {
  String run(int input);
}
// expect: ERROR 13:8 [HB006] Activity type 'Run' of Base.run(int) is also the activity type of Jobs.run(String), and Temporal registers one implementation per type: rename one method, or give it @ActivityMethod(name = ...)

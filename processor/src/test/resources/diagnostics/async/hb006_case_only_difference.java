// run and Run have the same activity type
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

  @AsyncCompletable(startToClose = "PT1H")
  String Run(String input);
}
// expect: ERROR 18:10 [HB006] Activity type 'Run' of Jobs.Run(String) is also the activity type of Jobs.run(String), and Temporal registers one implementation per type: rename one method, or give it @ActivityMethod(name = ...)

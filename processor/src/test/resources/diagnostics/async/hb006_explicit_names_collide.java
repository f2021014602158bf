// two @ActivityMethod names are equal
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
  @ActivityMethod(name = "Work")
  @AsyncCompletable(startToClose = "PT1H")
  String run(String input);

  @ActivityMethod(name = "Work")
  @AsyncCompletable(startToClose = "PT1H")
  String walk(String input);
}
// expect: ERROR 20:10 [HB006] Activity type 'Work' of Jobs.walk(String) is also the activity type of Jobs.run(String), and Temporal registers one implementation per type: rename one method, or give it @ActivityMethod(name = ...)

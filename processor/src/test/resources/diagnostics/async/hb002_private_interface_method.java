// on a private method of an activity interface
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

  @AsyncCompletable(startToClose = "PT1H")
  private String helper() {
    return "";
  }
}
// expect: ERROR 16:3 [HB002] @AsyncCompletable is on Jobs.helper(), which is not an activity method: put it on an abstract method of an @ActivityInterface

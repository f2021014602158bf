// scheduleToClose shorter than startToClose on the interface
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
@AsyncCompletable(startToClose = "PT2H", scheduleToClose = "PT1H")
public interface Jobs {
  String run(String input);
}
// expect: ERROR 13:60 [HB017] scheduleToClose = "PT1H" is shorter than startToClose = "PT2H", so no attempt could use its full time: make scheduleToClose at least startToClose, or leave one of them empty

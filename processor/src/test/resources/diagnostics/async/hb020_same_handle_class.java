// run and Run with distinct activity types share RunHandle
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

  @ActivityMethod(name = "RunAgain")
  @AsyncCompletable(startToClose = "PT1H")
  String Run(String input);
}
// expect: ERROR 19:10 [HB020] Jobs.run(String) and Jobs.Run(String) would both generate com.example.JobsCompleter.RunHandle: rename one of the methods (@ActivityMethod(name = ...) keeps its activity type)

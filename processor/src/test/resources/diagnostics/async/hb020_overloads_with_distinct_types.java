// overloads with distinct activity types share ShipHandle
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
  @ActivityMethod(name = "ShipOne")
  @AsyncCompletable(startToClose = "PT1H")
  String ship(String item);

  @ActivityMethod(name = "ShipMany")
  @AsyncCompletable(startToClose = "PT1H")
  String ship(List<String> items);
}
// expect: ERROR 20:10 [HB020] Jobs.ship(String) and Jobs.ship(List<String>) would both generate com.example.JobsCompleter.ShipHandle: rename one of the methods (@ActivityMethod(name = ...) keeps its activity type)

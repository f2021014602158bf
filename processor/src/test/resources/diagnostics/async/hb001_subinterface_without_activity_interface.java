// on an interface that extends an activity interface but is not one
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

public interface Jobs extends Base {
  @AsyncCompletable(startToClose = "PT1H")
  String more(String input);
}

/** The activity interface. */
@ActivityInterface
interface Base {
  String run(String input);
}
// expect: ERROR 13:3 [HB001] @AsyncCompletable is on Jobs.more() of com.example.Jobs, which is not an @ActivityInterface: annotate the interface with @io.temporal.activity.ActivityInterface, or move @AsyncCompletable to one

// a namePrefix in Temporal's reserved namespace
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface(namePrefix = "__temporal_")
public interface Jobs {
  @AsyncCompletable(startToClose = "PT1H")
  String run(String input);
}
// expect: ERROR 15:10 [HB026] Activity type '__temporal_Run' of Jobs.run(String) starts with "__temporal_", which Temporal reserves for itself and refuses when a worker registers the activity: choose another name with @ActivityMethod(name = ...) or @ActivityInterface(namePrefix = ...)

// an activity type in Temporal's reserved namespace
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
  @ActivityMethod(name = "__temporal_run")
  @AsyncCompletable(startToClose = "PT1H")
  String run(String input);
}
// expect: ERROR 16:10 [HB026] Activity type '__temporal_run' of Jobs.run(String) starts with "__temporal_", which Temporal reserves for itself and refuses when a worker registers the activity: choose another name with @ActivityMethod(name = ...) or @ActivityInterface(namePrefix = ...)

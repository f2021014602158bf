// @AsyncCompletable on an enum
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@AsyncCompletable(startToClose = "PT1H")
public enum Mode {
  FAST
}
// expect: ERROR 12:1 [HB001] @AsyncCompletable is on com.example.Mode, which is not an @ActivityInterface: annotate the interface with @io.temporal.activity.ActivityInterface, or move @AsyncCompletable to one

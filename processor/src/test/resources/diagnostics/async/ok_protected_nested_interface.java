// a protected interface nested in a public class
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

public class Outer {
  /** Visible in the package. */
  @ActivityInterface
  protected interface Jobs {
    @AsyncCompletable(startToClose = "PT1H")
    String run(String input);
  }
}
// expect: none

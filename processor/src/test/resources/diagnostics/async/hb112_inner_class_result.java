// an inner class as result
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

public class Outer {
  /** Needs an Outer to exist. */
  public class Result {
    public String value;
  }

  /** The activities. */
  @ActivityInterface
  public interface Jobs {
    @AsyncCompletable(startToClose = "PT1H")
    Result run(String input);
  }
}
// expect: WARNING 22:12 [HB112] Jobs.run(String) returns Outer.Result, an inner (non-static) class, which Temporal's default data converter (Jackson) cannot create: make the class static, or a record, or silence with @SuppressWarnings("handback:HB112")

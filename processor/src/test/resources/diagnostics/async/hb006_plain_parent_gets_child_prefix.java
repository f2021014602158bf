// a method of a plain parent takes the child's prefix, and collides with it
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

public final class Api {
  private Api() {}

  /** run of Base is registered as Jobs_Run, like this method. */
  @ActivityInterface(namePrefix = "Jobs_")
  public interface Jobs extends Base {
    @ActivityMethod(name = "Jobs_Run")
    @AsyncCompletable(startToClose = "PT1H")
    String go(String input);
  }

  /** Not an activity interface. */
  public interface Base {
    String run(String input);
  }
}
// expect: ERROR 20:12 [HB006] Activity type 'Jobs_Run' of Jobs.go(String) is also the activity type of Base.run(String), and Temporal registers one implementation per type: rename one method, or give it @ActivityMethod(name = ...)

// a parent's namePrefix makes its method's type equal a child's
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

  /** The child. */
  @ActivityInterface
  public interface Jobs extends Base {
    @AsyncCompletable(startToClose = "PT1H")
    String base_Run(String input);
  }

  /** Declares Base_Run through its prefix. */
  @ActivityInterface(namePrefix = "Base_")
  public interface Base {
    String run(String input);
  }
}
// expect: ERROR 19:12 [HB006] Activity type 'Base_Run' of Jobs.base_Run(String) is also the activity type of Base.run(String), and Temporal registers one implementation per type: rename one method, or give it @ActivityMethod(name = ...)

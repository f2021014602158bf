// @AsyncCompletable on an activity interface without methods of its own
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

  /** Declares nothing. */
  @ActivityInterface
  @AsyncCompletable(startToClose = "PT1H")
  public interface Jobs extends Base {}

  /** The methods are all here. */
  @ActivityInterface
  public interface Base {
    String run(String input);
  }
}
// expect: WARNING 17:3 [HB104] @AsyncCompletable on Jobs applies to no method, because it declares no activity method of its own, so nothing is generated: declare the activity methods here, or remove the annotation

// a protected nested interface: Temporal refuses it, though the generated classes could see it
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
// expect: ERROR 15:13 [HB005] com.example.Outer.Jobs is protected, but Temporal accepts only public activity interfaces ("Interface with @ActivityInterface annotation must be public"), and the classes Handback generates beside it must see it: declare it public, nested in no private type

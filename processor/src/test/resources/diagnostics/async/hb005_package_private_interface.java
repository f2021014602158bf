// a package-private interface: Temporal refuses it (Interface with @ActivityInterface annotation must be public)
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
interface Jobs {
  @AsyncCompletable(startToClose = "PT1H")
  String run(String input);
}
// expect: ERROR 13:1 [HB005] com.example.Jobs is package-private, but Temporal accepts only public activity interfaces ("Interface with @ActivityInterface annotation must be public"), and the classes Handback generates beside it must see it: declare it public, nested in no private type

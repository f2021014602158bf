// @AsyncCompletable on an activity interface without methods of its own
package com.example;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
@AsyncCompletable(startToClose = "PT1H")
public interface Jobs extends Base {}

/** The methods are all here. */
@ActivityInterface
interface Base {
  String run(String input);
}
// expect: WARNING 8:1 [HB104] @AsyncCompletable on Jobs applies to no method, because it declares no activity method of its own, so nothing is generated: declare the activity methods here, or remove the annotation

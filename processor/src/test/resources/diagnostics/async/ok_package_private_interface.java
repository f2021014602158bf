// a package-private interface: the generated classes are beside it
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
// expect: none

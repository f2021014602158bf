// an attribute @AsyncCompletable does not have
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public interface Jobs {
  @AsyncCompletable(startToClose = "PT1H", timeout = "PT1H")
  String run(String input);
}
// expect: ERROR 14:44 compiler.err.cant.resolve.location.args

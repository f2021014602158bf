// a zero @ExternalResult startToClose: its default is one minute
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public interface Jobs {
  @ExternalResult(timeout = "P1D", startToClose = "PT0S")
  String run(String input);
}
// expect: ERROR 15:51 [HB011] startToClose = "PT0S" is not longer than zero: give a positive duration, or remove it for its default of "PT1M"

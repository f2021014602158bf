// record, var, sealed, permits and when are fine method names
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
  @AsyncCompletable(startToClose = "PT1H")
  String record(String input);

  @AsyncCompletable(startToClose = "PT1H")
  String var(String input);

  @ExternalResult(timeout = "P1D")
  String sealed(String input);

  @AsyncCompletable(startToClose = "PT1H")
  String permits(String input);

  @ExternalResult(timeout = "P1D")
  String when(String input);
}
// expect: none

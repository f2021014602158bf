// a generic array result: its class literal would not compile
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
  List<String>[] run(String input);

  @ExternalResult(timeout = "P1D")
  Map<String, Integer>[][] tally(String input);
}
// expect: none

// a zero @ExternalResult timeout: it has no default to fall back on
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
  @ExternalResult(timeout = "PT0S")
  String run(String input);
}
// expect: ERROR 15:29 [HB011] timeout = "PT0S" is not longer than zero: give a positive duration, for example "P7D"

// @SuppressWarnings("handback") silences every Handback warning
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
  @SuppressWarnings("handback")
  @AsyncCompletable(
      startToClose = "P7D",
      retry = @Retry(maximumAttempts = 1),
      cancellationType = ActivityCancellationType.TRY_CANCEL)
  Object run(String input);
}
// expect: none

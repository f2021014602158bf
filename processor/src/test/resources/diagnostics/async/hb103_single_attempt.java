// maximumAttempts = 1 with async completion
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
  @AsyncCompletable(startToClose = "PT1H", retry = @Retry(maximumAttempts = 1))
  String run(String input);
}
// expect: WARNING 14:77 [HB103] retry.maximumAttempts = 1: a hand-off lost with its worker is never retried, and the activity fails when startToClose = "PT1H" runs out; allow retries (0 means unlimited), or silence with @SuppressWarnings("handback:HB103")

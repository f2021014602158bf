// TRY_CANCEL with async completion
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
  @AsyncCompletable(startToClose = "PT1H", cancellationType = ActivityCancellationType.TRY_CANCEL)
  String run(String input);
}
// expect: WARNING 14:87 [HB102] cancellationType = TRY_CANCEL: a workflow that cancels the activity moves on at once, and the external party never learns of the cancellation (its heartbeat and reportCancellation find the activity gone); keep WAIT_CANCELLATION_COMPLETED, or silence with @SuppressWarnings("handback:HB102")

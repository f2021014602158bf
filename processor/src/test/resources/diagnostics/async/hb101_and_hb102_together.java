// two warnings on one annotation, each on its value
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
  @AsyncCompletable(
      startToClose = "P2D",
      cancellationType = ActivityCancellationType.TRY_CANCEL)
  String run(String input);
}
// expect: WARNING 15:22 [HB101] startToClose = "P2D" and no heartbeat: a worker that dies before handing off is retried only after 2 days; set heartbeat (for example heartbeat = "PT1M", with the external party heartbeating), or deliver the result by Signal with @ExternalResult. Silence with @SuppressWarnings("handback:HB101")
// expect: WARNING 16:50 [HB102] cancellationType = TRY_CANCEL: a workflow that cancels the activity moves on at once, and the external party never learns of the cancellation (its heartbeat and reportCancellation find the activity gone); keep WAIT_CANCELLATION_COMPLETED, or silence with @SuppressWarnings("handback:HB102")

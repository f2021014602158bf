// a week of start-to-close without heartbeat
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
  @AsyncCompletable(startToClose = "P7D")
  String run(String input);
}
// expect: WARNING 14:36 [HB101] startToClose = "P7D" and no heartbeat: a worker that dies before handing off is retried only after 7 days; set heartbeat (for example heartbeat = "PT1M", with the external party heartbeating), or deliver the result by Signal with @ExternalResult. Silence with @SuppressWarnings("handback:HB101")

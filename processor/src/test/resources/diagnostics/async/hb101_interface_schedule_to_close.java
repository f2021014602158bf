// a long scheduleToClose on the interface, without heartbeat
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
@AsyncCompletable(scheduleToClose = "PT36H")
public interface Jobs {
  String run(String input);

  String walk(String input);
}
// expect: WARNING 13:37 [HB101] scheduleToClose = "PT36H" and no heartbeat: a worker that dies before handing off is retried only after 1 day 12 hours; set heartbeat (for example heartbeat = "PT1M", with the external party heartbeating), or deliver the result by Signal with @ExternalResult. Silence with @SuppressWarnings("handback:HB101")

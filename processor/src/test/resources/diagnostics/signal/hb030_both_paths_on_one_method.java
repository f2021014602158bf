// @AsyncCompletable and @ExternalResult on one method: a result comes back one way only
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @AsyncCompletable(startToClose = "P7D", heartbeat = "PT1M")
  @ExternalResult(timeout = "P7D")
  String run(String input);
}
// expect: ERROR 11:3 [HB030] Jobs.run() carries both @AsyncCompletable and @ExternalResult, but a result comes back one way only: keep one of them

// @ExternalResult with a week-long start-to-close: the hand-off would be retried only after a week
package com.example;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Reviews {
  @ExternalResult(timeout = "P7D", startToClose = "P7D")
  void submit(String documentId);
}
// expect: WARNING 9:51 [HB105] startToClose = "P7D" on @ExternalResult: the activity only hands the request over and the workflow waits for the signal, so a lost hand-off is retried only after 7 days; keep it short (the default is one minute) and put the wait in timeout, or silence with @SuppressWarnings("handback:HB105")

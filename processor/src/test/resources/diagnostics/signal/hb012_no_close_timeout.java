// @ExternalResult with startToClose cleared and no scheduleToClose
package com.example;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @ExternalResult(timeout = "P7D", startToClose = "")
  String run(String input);
}
// expect: ERROR 9:3 [HB012] @ExternalResult on Jobs.run() sets neither startToClose nor scheduleToClose, and Temporal requires one: set startToClose to the longest time one attempt may take, for example startToClose = "P7D"

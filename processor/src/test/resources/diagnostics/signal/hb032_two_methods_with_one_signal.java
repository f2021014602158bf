// two methods name the same signal: reported on the second
package com.example;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @ExternalResult(signal = "done", timeout = "P7D")
  String first(String input);

  @ExternalResult(signal = "done", timeout = "PT1H")
  String second(String input);
}
// expect: ERROR 12:3 [HB032] Signal 'done' of Jobs.second() is also the signal of Jobs.first(), so the workflow could not tell their results apart: give one of them its own @ExternalResult(signal = ...)

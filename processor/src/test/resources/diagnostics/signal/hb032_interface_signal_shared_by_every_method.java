// a signal named on the interface would be shared by all its methods
package com.example;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
@ExternalResult(signal = "done", timeout = "P7D")
public interface Jobs {
  String first(String input);

  String second(String input);
}
// expect: ERROR 12:10 [HB032] Signal 'done' of Jobs.second() is also the signal of Jobs.first(), so the workflow could not tell their results apart: give one of them its own @ExternalResult(signal = ...)

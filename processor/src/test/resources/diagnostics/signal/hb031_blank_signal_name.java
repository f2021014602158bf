// a signal name of spaces only
package com.example;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @ExternalResult(signal = "  ", timeout = "P7D")
  String run(String input);
}
// expect: ERROR 9:28 [HB031] signal = "  " is blank: name the signal, or leave it empty for the default (the activity type followed by "Result")

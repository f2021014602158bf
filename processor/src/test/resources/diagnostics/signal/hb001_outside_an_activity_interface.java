// @ExternalResult on a method of a plain interface
package com.example;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

public interface Plain {
  @ExternalResult(timeout = "P1D")
  String run(String input);
}
// expect: ERROR 8:3 [HB001] @ExternalResult is on Plain.run() of com.example.Plain, which is not an @ActivityInterface: annotate the interface with @io.temporal.activity.ActivityInterface, or move @ExternalResult to one

// @ExternalResult and @Polled on one interface
package com.example;

import dev.handback.ExternalResult;
import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
@ExternalResult(timeout = "P7D")
@Polled(every = "PT5M", giveUpAfter = "P1D")
public interface Jobs {
  String run(String input);
}
// expect: ERROR 10:1 [HB030] com.example.Jobs carries both @ExternalResult and @Polled, but a result comes back one way only: keep one of them

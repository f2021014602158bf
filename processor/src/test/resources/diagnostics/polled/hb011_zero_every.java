// a zero every: required, so no default to fall back on
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(every = "PT0S", giveUpAfter = "PT10M")
  String status(String id);
}
// expect: ERROR 9:19 [HB011] every = "PT0S" is not longer than zero: give a positive duration, for example "P7D"

// giveUpAfter shorter than every: the system would be asked once
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(every = "PT5M", giveUpAfter = "PT1M")
  String status(String id);
}
// expect: ERROR 9:41 [HB033] giveUpAfter = "PT1M" is not longer than every = "PT5M", so the external system would be asked only once: make giveUpAfter longer than the interval between polls

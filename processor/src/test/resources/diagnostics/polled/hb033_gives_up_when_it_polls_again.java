// giveUpAfter equal to every: the second poll would come as the polling ends
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(every = "PT5M", giveUpAfter = "PT5M")
  String status(String id);
}
// expect: ERROR 9:41 [HB033] giveUpAfter = "PT5M" is not longer than every = "PT5M", so the external system would be asked only once: make giveUpAfter longer than the interval between polls

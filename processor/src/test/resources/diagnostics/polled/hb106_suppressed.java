// a deliberate fast poll, silenced on the method
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @SuppressWarnings("handback:HB106")
  @Polled(every = "PT5S", giveUpAfter = "PT1H")
  String status(String id);
}
// expect: none

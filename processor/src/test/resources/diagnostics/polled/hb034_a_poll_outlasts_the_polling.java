// attemptTimeout longer than giveUpAfter
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(every = "PT1M", giveUpAfter = "PT10M", attemptTimeout = "PT1H")
  String status(String id);
}
// expect: ERROR 9:67 [HB034] attemptTimeout = "PT1H" is not shorter than giveUpAfter = "PT10M", so one poll could take the whole polling: make attemptTimeout shorter than giveUpAfter

// attemptTimeout equal to giveUpAfter
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(every = "PT1M", giveUpAfter = "PT10M", attemptTimeout = "PT10M")
  String status(String id);
}
// expect: ERROR 9:67 [HB034] attemptTimeout = "PT10M" is not shorter than giveUpAfter = "PT10M", so one poll could take the whole polling: make attemptTimeout shorter than giveUpAfter

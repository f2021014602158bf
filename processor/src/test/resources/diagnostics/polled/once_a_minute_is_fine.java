// polling once a minute is what Temporal advises: no warning
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(every = "PT1M", giveUpAfter = "P1D")
  String status(String id);
}
// expect: none

// polling by retries every five seconds, more often than Temporal advises
package com.example;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @Polled(every = "PT5S", giveUpAfter = "PT1H")
  String status(String id);
}
// expect: WARNING 9:19 [HB106] every = "PT5S" polls more often than once a minute, but @Polled polls by activity retries, which Temporal advises only at intervals of a minute or longer (each poll is a new attempt scheduled by the server); poll at most once a minute, or loop inside one activity that heartbeats, or silence with @SuppressWarnings("handback:HB106")

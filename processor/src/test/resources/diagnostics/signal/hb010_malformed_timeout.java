// the wait of @ExternalResult is not an ISO-8601 duration
package com.example;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @ExternalResult(timeout = "a week")
  String run(String input);
}
// expect: ERROR 9:29 [HB010] timeout = "a week" is not an ISO-8601 duration: write it as java.time.Duration.parse reads it, for example "P7D" (7 days), "PT1H" (1 hour) or "PT30M" (30 minutes)

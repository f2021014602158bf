// the longest duration Temporal carries: 10,000 years of 365.25 days
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public interface Jobs {
  @SuppressWarnings("handback:HB101") @AsyncCompletable(startToClose = "PT87660000H")
  String run(String input);
}
// expect: none

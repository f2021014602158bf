// a duration longer than a protobuf Duration holds
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
  @AsyncCompletable(startToClose = "PT87660001H")
  String run(String input);
}
// expect: ERROR 15:36 [HB027] startToClose = "PT87660001H" is longer than Temporal can carry: it sends durations as protobuf Durations of at most 10,000 years (315,576,000,000 seconds), and longer ones fail when the activity is scheduled: give a shorter duration

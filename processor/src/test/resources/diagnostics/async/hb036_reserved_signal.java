// a signal in Temporal's reserved namespace
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
  @ExternalResult(timeout = "P1D", signal = "__temporal_done")
  String run(String input);
}
// expect: ERROR 15:3 [HB036] Signal '__temporal_done' of Jobs.run(String) starts with "__temporal_", which Temporal reserves for itself: its workflows refuse to listen to such a signal: give the method @ExternalResult(signal = ...) with another name

// an Object result
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public interface Jobs {
  @AsyncCompletable(startToClose = "PT1H")
  Object run(String input);
}
// expect: WARNING 15:10 [HB110] Jobs.run(String) returns Object, so Temporal's default data converter (JSON) hands the workflow a Map, List, String or number where Object stands, not the object the external party sent: declare the concrete type, or silence with @SuppressWarnings("handback:HB110")

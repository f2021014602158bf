// a raw List result
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
  @SuppressWarnings("rawtypes") List run(String input);
}
// expect: ERROR 15:38 [HB023] The result type List of Jobs.run(String) is raw, so the generated replies could not say what they carry: give List its type arguments (it is declared as List<E>)

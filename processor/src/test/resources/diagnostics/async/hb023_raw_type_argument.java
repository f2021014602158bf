// a raw Map inside List<Map>
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
  @SuppressWarnings("rawtypes") List<Map> run(String input);
}
// expect: ERROR 15:43 [HB023] The result type List<Map> of Jobs.run(String) is raw, so the generated replies could not say what they carry: give Map its type arguments (it is declared as Map<K, V>)

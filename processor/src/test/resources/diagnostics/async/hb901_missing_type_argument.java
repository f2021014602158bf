// a result type argument that does not exist
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
  List<Missing> run(String input);
}
// expect: ERROR 15:8 compiler.err.cant.resolve.location
// expect: ERROR 15:17 [HB901] Jobs.run() refers to a type that does not exist or was never generated: java.util.List<Missing>. Fix the type, or make sure the processor that generates it runs in the same compilation

// an annotation value that names a constant that does not exist
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
  @AsyncCompletable(startToClose = Missing.TIMEOUT)
  String run(String input);
}
// expect: ERROR 14:36 compiler.err.cant.resolve.location

// an annotation value that names a type that does not exist
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
  @AsyncCompletable(startToClose = "PT1H", cancellationType = MissingType.TRY_CANCEL)
  String run(String input);
}
// expect: ERROR 14:63 compiler.err.cant.resolve.location
// expect: ERROR 14:74 compiler.err.enum.annotation.must.be.enum.constant

// a generic interface whose result is its type variable
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public interface Jobs<T> {
  @AsyncCompletable(startToClose = "PT1H")
  T run(String input);
}
// expect: ERROR 13:8 [HB004] com.example.Jobs has type parameters, and Temporal cannot tell which type an activity of it returns: remove the type parameters, or put @AsyncCompletable on a non-generic interface that extends it

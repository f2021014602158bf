// a method named yield, which generated code cannot call unqualified
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
  @AsyncCompletable(startToClose = "PT1H")
  String yield(String input);
}
// expect: ERROR 16:10 [HB021] The method name 'yield' of Jobs.yield(String) is taken in the generated JobsCompleter by Java's restricted identifier yield, which Java code cannot call unqualified: rename the method (@ActivityMethod(name = ...) keeps its activity type)

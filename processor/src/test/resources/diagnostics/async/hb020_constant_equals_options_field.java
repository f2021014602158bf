// fooOptions's constant is foo's options field
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
  String foo(String input);

  @AsyncCompletable(startToClose = "PT1H")
  String fooOptions(String input);
}
// expect: ERROR 18:10 [HB020] Jobs.foo(String) and Jobs.fooOptions(String) would both generate JobsOptions.FOO_OPTIONS: rename one of the methods (@ActivityMethod(name = ...) keeps its activity type)

// fooBar and foo_Bar share the constant FOO_BAR
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
  String fooBar(String input);

  @AsyncCompletable(startToClose = "PT1H")
  String foo_Bar(String input);
}
// expect: ERROR 18:10 [HB020] Jobs.fooBar(String) and Jobs.foo_Bar(String) would both generate JobsOptions.FOO_BAR: rename one of the methods (@ActivityMethod(name = ...) keeps its activity type)

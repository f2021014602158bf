// a method named newStub
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
  String newStub(String input);
}
// expect: ERROR 15:10 [HB021] The method name 'newStub' of Jobs.newStub(String) is taken in the generated JobsOptions by the static method newStub() that lists or applies the options: rename the method (@ActivityMethod(name = ...) keeps its activity type)

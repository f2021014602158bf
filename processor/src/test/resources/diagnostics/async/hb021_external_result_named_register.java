// an @ExternalResult method named like the inbox's factory
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
  @ExternalResult(timeout = "P1D")
  String register(String input);
}
// expect: ERROR 16:10 [HB021] The method name 'register' of Jobs.register(String) is taken in the generated JobsInbox by the static method register() that makes an inbox: rename the method (@ActivityMethod(name = ...) keeps its activity type)

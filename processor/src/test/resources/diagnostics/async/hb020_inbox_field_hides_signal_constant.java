// a method named like another method's signal constant
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
  String review(String input);

  @ExternalResult(timeout = "P1D", signal = "other")
  @SuppressWarnings("MethodName")
  String REVIEW_SIGNAL(String input);
}
// expect: ERROR 20:10 [HB020] Jobs.review(String) and Jobs.REVIEW_SIGNAL(String) would both generate JobsInbox.REVIEW_SIGNAL: rename one of the methods (@ActivityMethod(name = ...) keeps its activity type)

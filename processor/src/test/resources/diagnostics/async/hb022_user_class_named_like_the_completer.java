// a class named JobsCompleter already exists
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
  String run(String input);
}

/** Takes the name Handback would generate. */
final class JobsCompleter {}
// expect: ERROR 13:8 [HB022] Handback generates com.example.JobsCompleter for com.example.Jobs, but a type of that name is already declared in this compilation: rename or move one of them

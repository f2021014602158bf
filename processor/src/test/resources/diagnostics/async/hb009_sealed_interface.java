// a sealed activity interface: the stub's proxy cannot implement it
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public sealed interface Jobs permits Jobs.Impl {
  @AsyncCompletable(startToClose = "PT1H")
  String run(String input);

  /** The one implementation. */
  final class Impl implements Jobs {
    @Override
    public String run(String input) {
      return input;
    }
  }
}
// expect: ERROR 13:15 [HB009] com.example.Jobs is sealed, but Temporal's activity stub is a java.lang.reflect.Proxy that implements the interface, and no proxy can implement a sealed interface: remove sealed and permits from the activity interface

// a child redeclares a method of a parent that is no activity interface: Temporal takes the child's
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

public final class Api {
  private Api() {}

  /** The child registers run with its own prefix. */
  @ActivityInterface(namePrefix = "Jobs_")
  public interface Jobs extends Base {
    @Override
    @AsyncCompletable(startToClose = "PT1H")
    String run(String input);
  }

  /** Not an activity interface: its methods become the child's. */
  public interface Base {
    String run(String input);

    String walk(String input);
  }
}
// expect: none

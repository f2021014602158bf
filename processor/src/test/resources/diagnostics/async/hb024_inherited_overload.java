// an inherited overload: Temporal refuses two activity methods of one name in the hierarchy
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

  /** Declares run(String). */
  @ActivityInterface
  public interface Jobs extends Base {
    @AsyncCompletable(startToClose = "PT1H")
    String run(String input);
  }

  /** Declares run(int). */
  @ActivityInterface
  public interface Base {
    String run(int input);
  }
}
// expect: ERROR 19:12 [HB024] Base.run(int) and Jobs.run(String) are both activity methods named 'run', and Temporal refuses two activity methods of one name in an activity interface and the interfaces it extends ("Duplicated methods (overloads are not allowed in activity interfaces)"), a method redeclared in a child activity interface included: rename one of them, or declare the method in one interface only

// a child activity interface redeclares its annotated parent's method to annotate it
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

  /** The child. */
  @ActivityInterface
  public interface Jobs extends Base {
    @Override
    @AsyncCompletable(startToClose = "PT1H")
    String run(String input);
  }

  /** The parent. */
  @ActivityInterface
  public interface Base {
    String run(String input);
  }
}
// expect: ERROR 20:12 [HB024] Base.run(String) and Jobs.run(String) are both activity methods named 'run', and Temporal refuses two activity methods of one name in an activity interface and the interfaces it extends ("Duplicated methods (overloads are not allowed in activity interfaces)"), a method redeclared in a child activity interface included: rename one of them, or declare the method in one interface only

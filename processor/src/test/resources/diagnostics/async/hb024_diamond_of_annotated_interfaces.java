// one annotated parent reached twice: Temporal registers its method twice and refuses it
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

  /** Reaches Base through Left and Right. */
  @ActivityInterface
  public interface Jobs extends Left, Right {
    @AsyncCompletable(startToClose = "PT1H")
    String run(String input);
  }

  /** One way. */
  public interface Left extends Base {}

  /** The other. */
  public interface Right extends Base {}

  /** Annotated. */
  @ActivityInterface(namePrefix = "Base_")
  public interface Base {
    String check(String input);
  }
}
// expect: ERROR 17:10 [HB024] Base.check(String) and the same method reached again through another path of parent interfaces are both activity methods named 'check', and Temporal refuses two activity methods of one name in an activity interface and the interfaces it extends ("Duplicated methods (overloads are not allowed in activity interfaces)"), a method redeclared in a child activity interface included: rename one of them, or declare the method in one interface only

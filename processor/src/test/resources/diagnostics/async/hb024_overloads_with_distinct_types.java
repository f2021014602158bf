// overloads, even with distinct activity types: Temporal refuses them ("Duplicated methods")
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
  @ActivityMethod(name = "ShipOne")
  @AsyncCompletable(startToClose = "PT1H")
  String ship(String item);

  @ActivityMethod(name = "ShipMany")
  @AsyncCompletable(startToClose = "PT1H")
  String ship(List<String> items);
}
// expect: ERROR 20:10 [HB024] Jobs.ship(String) and Jobs.ship(List<String>) are both activity methods named 'ship', and Temporal refuses two activity methods of one name in an activity interface and the interfaces it extends ("Duplicated methods (overloads are not allowed in activity interfaces)"), a method redeclared in a child activity interface included: rename one of them, or declare the method in one interface only

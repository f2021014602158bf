// a package-private parent activity interface: Temporal refuses the whole hierarchy
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import java.util.Map;

@ActivityInterface
public interface Jobs extends Base {
  @AsyncCompletable(startToClose = "PT1H")
  String base_Run(String input);
}

/** Declares Base_Run through its prefix. */
@ActivityInterface(namePrefix = "Base_")
interface Base {
  String run(String input);
}
// expect: ERROR 13:8 [HB005] com.example.Base, an activity interface that Jobs extends, is package-private, but Temporal accepts only public activity interfaces ("Interface with @ActivityInterface annotation must be public"), and the classes Handback generates beside it must see it: declare it public, nested in no private type
// expect: ERROR 15:10 [HB006] Activity type 'Base_Run' of Jobs.base_Run(String) is also the activity type of Base.run(String), and Temporal registers one implementation per type: rename one method, or give it @ActivityMethod(name = ...)

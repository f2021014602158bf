// an abstract class as result
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
  Shape run(String input);

  /** Jackson cannot create it. */
  abstract class Shape {
    abstract double area();
  }
}
// expect: WARNING 15:9 [HB111] Jobs.run(String) returns Jobs.Shape, an abstract class that Temporal's default data converter (Jackson) cannot create without type information: use a concrete class or record, annotate the type with @JsonTypeInfo or @JsonDeserialize, or silence with @SuppressWarnings("handback:HB111")

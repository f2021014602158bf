// a wildcard bound is checked like the type
package com.example;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

@ActivityInterface
public interface Jobs {
  @AsyncCompletable(startToClose = "PT1H")
  List<? extends Shape> run(String input);

  /** Jackson cannot tell which implementation to create. */
  interface Shape {
    double area();
  }
}
// expect: WARNING 17:25 [HB111] Jobs.run(String) returns List<? extends Jobs.Shape>, which contains Jobs.Shape, an interface that Temporal's default data converter (Jackson) cannot create without type information: use a concrete class or record, annotate the type with @JsonTypeInfo or @JsonDeserialize, or silence with @SuppressWarnings("handback:HB111")

// Object as a type argument
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
  Map<String, Object> run(String input);
}
// expect: WARNING 17:23 [HB110] Jobs.run(String) returns Map<String,Object>, which contains Object, so Temporal's default data converter (JSON) hands the workflow a Map, List, String or number where Object stands, not the object the external party sent: declare the concrete type, or silence with @SuppressWarnings("handback:HB110")

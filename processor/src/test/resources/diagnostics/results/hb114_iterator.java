// an Iterator result
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
  Iterator<String> run(String input);
}
// expect: WARNING 17:20 [HB114] Jobs.run(String) returns Iterator<String>, an iterator, which is not data: Temporal's default data converter (Jackson) cannot send it to the workflow and rebuild it there: return the data itself (for example byte[], String or a record), or silence with @SuppressWarnings("handback:HB114")

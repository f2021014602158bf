// a lower-bounded wildcard reads as Object
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
  List<? super Integer> run(String input);
}
// expect: WARNING 17:25 [HB113] Jobs.run(String) returns List<? super Integer>, whose wildcard ? super Integer Temporal's default data converter (Jackson) reads as Object, so it builds Maps, Lists, Strings and numbers there, not the type the external party sent: name the type argument, or silence with @SuppressWarnings("handback:HB113")

// a list of a non-static inner class
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
  @ExternalResult(timeout = "P1D")
  List<Holder.Inner> run(String input);

  /** Holds an inner class. */
  final class Holder {
    /** Needs a Holder to exist. */
    public class Inner {
      public String value;
    }
  }
}
// expect: WARNING 17:22 [HB112] Jobs.run(String) returns List<Jobs.Holder.Inner>, which contains Jobs.Holder.Inner, an inner (non-static) class, which Temporal's default data converter (Jackson) cannot create: make the class static, or a record, or silence with @SuppressWarnings("handback:HB112")

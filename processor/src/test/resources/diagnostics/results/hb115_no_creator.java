// a class with only a two-argument constructor and no @JsonCreator
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
  Amount[] run(String input);

  /** Jackson cannot call this constructor without names for its parameters. */
  final class Amount {
    private final long cents;
    private final String currency;

    public Amount(long cents, String currency) {
      this.cents = cents;
      this.currency = currency;
    }

    @Override
    public String toString() {
      return cents + " " + currency;
    }
  }
}
// expect: WARNING 17:12 [HB115] Jobs.run(String) returns Jobs.Amount[], which contains Jobs.Amount, a class without a no-argument constructor or @JsonCreator, which Temporal's default data converter (Jackson) cannot create: add a no-argument constructor (it may be private), make it a record, or annotate its constructor with @JsonCreator; or silence with @SuppressWarnings("handback:HB115")

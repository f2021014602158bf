// classes Jackson creates: a private no-argument constructor, enums, records, JDK value types
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
  Map<Level, List<Bean>> beans(String input);

  @AsyncCompletable(startToClose = "PT1H")
  Iterable<Item> items(String input);

  @AsyncCompletable(startToClose = "PT1H")
  java.time.Instant instant(String input);

  @AsyncCompletable(startToClose = "PT1H")
  java.util.Optional<java.math.BigDecimal> total(String input);

  /** An enum. */
  enum Level {
    LOW,
    HIGH
  }

  /** A bean with a private no-argument constructor. */
  final class Bean {
    private String name;

    private Bean() {}

    @Override
    public String toString() {
      return name;
    }
  }

  /** A record. */
  record Item(String id, int count) {}
}
// expect: none

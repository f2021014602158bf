// collections, maps and arrays of records are fine
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
  Map<String, List<Item>> map(String input);

  @AsyncCompletable(startToClose = "PT1H")
  Item[] array(String input);

  @AsyncCompletable(startToClose = "PT1H")
  List<? extends Number> numbers(String input);

  /** A record. */
  record Item(String id) {}
}
// expect: none

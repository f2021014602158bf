// Outer.Jobs_Queue and Outer.Jobs.Queue generate the same classes
// generates: /META-INF/handback/com.example.Outer$Jobs$Queue.json (resource), com.example.Outer_Jobs_QueueAsync, com.example.Outer_Jobs_QueueCompleter, com.example.Outer_Jobs_QueueOptions
package com.example;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

public final class Outer {
  private Outer() {}

  /** Generated as Outer_Jobs_QueueCompleter. */
  @ActivityInterface
  public interface Jobs_Queue {
    @AsyncCompletable(startToClose = "PT1H")
    String walk(String input);
  }

  /** Holds the other interface. */
  public static final class Jobs {
    private Jobs() {}

    /** Generated as Outer_Jobs_QueueCompleter too. */
    @ActivityInterface
    public interface Queue {
      @AsyncCompletable(startToClose = "PT1H")
      String run(String input);
    }
  }
}
// expect: ERROR 13:10 [HB022] Handback generates Outer_Jobs_QueueCompleter, Outer_Jobs_QueueAsync, Outer_Jobs_QueueOptions for com.example.Outer.Jobs_Queue, but it generates those types for com.example.Outer.Jobs.Queue too (the names of nested interfaces are joined with '_'): rename or move one of them

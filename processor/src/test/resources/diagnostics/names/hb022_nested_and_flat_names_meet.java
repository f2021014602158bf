// Outer.Jobs and a top-level Outer_Jobs generate the same classes
// generates: /META-INF/handback/com.example.Outer$Jobs.json (resource), com.example.Outer_JobsAsync, com.example.Outer_JobsCompleter, com.example.Outer_JobsOptions
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
public interface Outer_Jobs {
  @AsyncCompletable(startToClose = "PT1H")
  String walk(String input);
}

/** Holds the other interface. */
final class Outer {
  private Outer() {}

  /** Generated as Outer_JobsCompleter too. */
  @ActivityInterface
  public interface Jobs {
    @AsyncCompletable(startToClose = "PT1H")
    String run(String input);
  }
}
// expect: ERROR 16:8 [HB022] Handback generates Outer_JobsCompleter, Outer_JobsAsync, Outer_JobsOptions for com.example.Outer_Jobs, but it generates those types for com.example.Outer.Jobs too (the names of nested interfaces are joined with '_'): rename or move one of them
// expect: WARNING 54:17 compiler.warn.auxiliary.class.accessed.from.outside.of.its.source.file
// expect: WARNING 62:17 compiler.warn.auxiliary.class.accessed.from.outside.of.its.source.file

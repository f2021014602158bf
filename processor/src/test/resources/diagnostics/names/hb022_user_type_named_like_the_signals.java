// the compilation declares JobsSignals
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
  String run(String input);
}

/** Stands where the generated signals would. */
interface JobsSignals {}
// expect: ERROR 15:8 [HB022] Handback generates com.example.JobsSignals for com.example.Jobs, but a type of that name is already declared in this compilation: rename or move one of them

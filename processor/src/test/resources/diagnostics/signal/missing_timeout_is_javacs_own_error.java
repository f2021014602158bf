// timeout has no default: javac itself reports it, Handback adds nothing
package com.example;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

@ActivityInterface
public interface Jobs {
  @ExternalResult
  String run(String input);
}
// expect: ERROR 9:3 compiler.err.annotation.missing.default.value

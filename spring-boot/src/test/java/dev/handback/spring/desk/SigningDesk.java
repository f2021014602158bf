package dev.handback.spring.desk;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

/** A signature the desk sends to the waiting workflow: the signal path. */
@ActivityInterface(namePrefix = "Signing_")
public interface SigningDesk {
  @ExternalResult(timeout = "PT1H")
  Verdict sign(String document);
}

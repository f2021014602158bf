package com.example.switching;

import dev.handback.ExternalResult;
import io.temporal.activity.ActivityInterface;

/** Version 2: the activity completes at once; the desk's verdict comes by signal. */
@ActivityInterface
public interface SignOffActivities {
  @ExternalResult(timeout = "P7D")
  Verdict signOff(String documentId);
}

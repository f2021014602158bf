package com.example.switching;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityInterface;

/**
 * Version 1: the desk completes the activity itself. One attempt and no heartbeat keep the proof
 * short; Temporal's guidance against both is silenced.
 */
@SuppressWarnings({"handback:HB101", "handback:HB103"})
@ActivityInterface
public interface SignOffActivities {
  @AsyncCompletable(startToClose = "P7D", retry = @Retry(maximumAttempts = 1))
  Verdict signOff(String documentId);
}

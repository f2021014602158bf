package com.example.switching;

import dev.handback.AsyncCompletable;
import io.temporal.activity.ActivityInterface;

/**
 * Version 1: the desk completes the activity itself. Temporal's default retry policy, unlimited
 * attempts, as a new user would leave it; no heartbeat keeps the proof short, and Temporal's
 * guidance against that is silenced.
 */
@SuppressWarnings("handback:HB101")
@ActivityInterface
public interface SignOffActivities {
  @AsyncCompletable(startToClose = "P7D")
  Verdict signOff(String documentId);
}

package dev.handback.maven.proof;

import dev.handback.AsyncCompletable;
import dev.handback.Retry;
import io.temporal.activity.ActivityInterface;

/**
 * An activity whose external party's failures are retried, for the contract tests: the contract
 * tells that party to send retryable failures, except the final ones. No workflow of the proofs
 * runs it, so it has no implementation.
 */
@ActivityInterface(namePrefix = "Vetting_")
public interface VettingActivities {

  /** A vetting by a desk whose "busy" is worth asking again, up to three attempts. */
  @AsyncCompletable(
      startToClose = "PT10M",
      heartbeat = "PT5M",
      retry = @Retry(maximumAttempts = 3),
      retryExternalFailures = true)
  Verdict recheck(String documentId);
}

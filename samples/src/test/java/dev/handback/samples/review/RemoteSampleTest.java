package dev.handback.samples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handback.samples.review.ReviewOutcome.Status;
import dev.handback.testserver.StandaloneTestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both samples as {@code --target host:port} runs them: through {@link RemoteTemporal}, over real
 * gRPC to Temporal's standalone test server in its own JVM.
 */
class RemoteSampleTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();

  private static final ReviewDecision RETURNED =
      new ReviewDecision(
          false, ReviewSample.REVIEWER, "Please resolve the TODOs before publishing.");

  @Test
  void theAsyncCompletionSampleRunsAgainstARealAddress() throws Exception {
    List<ReviewOutcome> outcomes;
    try (RemoteTemporal temporal = new RemoteTemporal(SERVER.target())) {
      outcomes = ReviewSample.run(temporal);
    }

    assertEquals(List.of(Status.PUBLISHED, Status.RETURNED_TO_AUTHOR), statuses(outcomes));
    assertEquals(RETURNED, outcomes.get(1).decision());
  }

  @Test
  void theSignalWebhookAndPollingSampleRunsAgainstARealAddress() throws Exception {
    List<ReviewOutcome> outcomes;
    try (RemoteTemporal temporal = new RemoteTemporal(SERVER.target())) {
      outcomes = PathsSample.run(temporal);
    }

    assertEquals(List.of(Status.PUBLISHED, Status.RETURNED_TO_AUTHOR), statuses(outcomes));
    assertEquals(RETURNED, outcomes.get(1).decision());
  }

  private static List<Status> statuses(List<ReviewOutcome> outcomes) {
    return outcomes.stream().map(ReviewOutcome::status).toList();
  }
}

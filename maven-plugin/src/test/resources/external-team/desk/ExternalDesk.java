package desk;

import dev.handback.maven.proof.ProofActivitiesCompleter;
import dev.handback.maven.proof.Verdict;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Java team's code that only has the completer jar, handback-annotations and temporal-sdk. */
public final class ExternalDesk {
  private ExternalDesk() {}

  /** Approves the review that {@code handle} was made for, through the server at {@code target}. */
  public static void approve(String target, String handle) {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    try {
      ProofActivitiesCompleter completer = new ProofActivitiesCompleter(WorkflowClient.newInstance(stubs));
      completer
          .review(ProofActivitiesCompleter.ReviewHandle.parse(handle))
          .complete(new Verdict(true, "java-team", List.of("from the completer jar")));
    } finally {
      stubs.shutdownNow();
      // Let gRPC's threads end before the caller closes this code's class loader.
      stubs.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}

package desk;

import dev.handback.maven.proof.ProofActivitiesCompleter;
import dev.handback.maven.proof.Shipment;
import dev.handback.maven.proof.Verdict;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A Java team's code that only has the completer jar, handback-annotations and temporal-sdk. */
public final class ExternalDesk {
  private ExternalDesk() {}

  /** Approves the review that {@code handle} was made for, through the server at {@code target}. */
  public static void approve(String target, String handle) {
    withCompleter(
        target,
        completer ->
            completer
                .review(ProofActivitiesCompleter.ReviewHandle.parse(handle))
                .complete(new Verdict(true, "java-team", List.of("from the completer jar"))));
  }

  /** Delivers a booking to the workflow that {@code handle} names: the same call, sent by signal. */
  public static void book(String target, String handle) {
    withCompleter(
        target,
        completer ->
            completer
                .bookShipment(ProofActivitiesCompleter.BookShipmentHandle.parse(handle))
                .complete(new Shipment("java-post", 1, Shipment.Speed.EXPRESS, List.of("from the completer jar"))));
  }

  private static void withCompleter(String target, Consumer<ProofActivitiesCompleter> reply) {
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    try {
      reply.accept(new ProofActivitiesCompleter(WorkflowClient.newInstance(stubs)));
    } finally {
      stubs.shutdownNow();
      // Let gRPC's threads end before the caller closes this code's class loader.
      stubs.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}

package dev.handback.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import dev.handback.bench.Samples;
import dev.handback.cli.HandbackCli;
import dev.handback.maven.ContractGenerator;
import dev.handback.maven.ProjectCoordinates;
import dev.handback.testserver.TestServerProcess;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryResponse;
import io.temporal.api.workflowservice.v1.ListOpenWorkflowExecutionsRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How long {@code handback waiting} takes to list a namespace of many open workflows, each waiting
 * on one path, against Temporal's standalone test server in its own process; and how many calls to
 * Temporal it makes per workflow. The baseline, measured in the same run, in alternating order, is
 * the same calls made bare (list, then describe and read the history of each workflow) with nothing
 * done with the answers: what any tool that finds the waiting calls from Temporal's own records
 * must pay.
 *
 * <p>Flags: {@code --workflows=1000 --rounds=5 --warmup=2}.
 */
public final class WaitingListBenchmark {
  private WaitingListBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> flags = new HashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      flags.put(pair[0], pair.length == 2 ? pair[1] : "true");
    }
    int workflows = Integer.parseInt(flags.getOrDefault("workflows", "1000"));
    int rounds = Integer.parseInt(flags.getOrDefault("rounds", "5"));
    int warmup = Integer.parseInt(flags.getOrDefault("warmup", "2"));

    try (TestServerProcess server =
        TestServerProcess.start("bench-cli-server", List.of("-Xmx1g"))) {
      WorkflowServiceStubs stubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build());
      WorkflowClient client = WorkflowClient.newInstance(stubs);
      WorkerFactory workers = WorkerFactory.newInstance(client);
      CountDownLatch handedOff = new CountDownLatch(workflows);
      Worker worker = workers.newWorker("bench-waiting");
      worker.registerWorkflowImplementationTypes(WaitWorkflow.Impl.class);
      worker.registerActivitiesImplementations(new WaitActivitiesImpl(handedOff));
      workers.start();

      long startedAt = System.nanoTime();
      for (int i = 0; i < workflows; i++) {
        WaitWorkflow workflow =
            client.newWorkflowStub(
                WaitWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId("waiting-" + i)
                    .setTaskQueue("bench-waiting")
                    .build());
        WorkflowClient.start(workflow::await, "question " + i, i % 2 == 1);
      }
      if (!handedOff.await(10, TimeUnit.MINUTES)) {
        throw new IllegalStateException(handedOff.getCount() + " workflows never handed off");
      }
      System.out.printf(
          "%d workflows started and waiting (half on each path) in %.1f s%n",
          workflows, (System.nanoTime() - startedAt) / 1e9);

      Path work = Files.createTempDirectory("bench-waiting");
      Path classes =
          Path.of(WaitActivities.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path contract =
          new ContractGenerator()
              .generate(
                  new ProjectCoordinates("dev.handback", "bench", "1"),
                  classes,
                  WaitingListBenchmark.class.getClassLoader(),
                  work)
              .orElseThrow()
              .json();
      Map<String, String> environment = Map.of("TEMPORAL_ADDRESS", server.target());
      String[] command = {"waiting", "--contract", contract.toString(), "--json"};

      // Until every inbox shows as waiting (its hand-off's completion is recorded).
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      Listing listing = listing(command, environment);
      while (listing.found < workflows && System.nanoTime() < deadline) {
        Thread.sleep(200);
        listing = listing(command, environment);
      }
      if (listing.found != workflows) {
        throw new IllegalStateException(
            "waiting found " + listing.found + " of " + workflows + " waiting calls");
      }

      Samples cli = new Samples();
      Samples bare = new Samples();
      for (int round = 0; round < warmup + rounds; round++) {
        boolean measured = round >= warmup;
        for (int turn = 0; turn < 2; turn++) {
          boolean cliFirst = round % 2 == 0;
          System.gc();
          long start = System.nanoTime();
          if ((turn == 0) == cliFirst) {
            listing = listing(command, environment);
            if (measured) {
              cli.add((System.nanoTime() - start) / 1e9);
            }
          } else {
            bareCalls(stubs);
            if (measured) {
              bare.add((System.nanoTime() - start) / 1e9);
            }
          }
        }
      }
      System.out.printf(
          "handback waiting, %d open workflows (%d waiting calls found):%n",
          workflows, listing.found);
      System.out.printf(
          "  RPCs: %d in all, %.2f per workflow%n",
          listing.rpcs, (double) listing.rpcs / workflows);
      System.out.printf(
          "  seconds (median of %d, min-max): waiting %.2f (%.2f-%.2f), bare calls %.2f"
              + " (%.2f-%.2f), ratio %.2f%n",
          rounds,
          cli.median(),
          cli.min(),
          cli.max(),
          bare.median(),
          bare.min(),
          bare.max(),
          cli.median() / bare.median());
      System.out.printf(
          "  per workflow: waiting %.2f ms, bare calls %.2f ms%n",
          cli.median() * 1000 / workflows, bare.median() * 1000 / workflows);
      workers.shutdownNow();
      workers.awaitTermination(10, TimeUnit.SECONDS);
      stubs.shutdownNow();
    }
  }

  private record Listing(int found, int rpcs) {}

  private static Listing listing(String[] command, Map<String, String> environment)
      throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        HandbackCli.execute(
            command,
            environment,
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out),
            new PrintWriter(err),
            Clock.systemUTC());
    if (code != 0) {
      throw new IllegalStateException("handback waiting exited with " + code + ": " + err);
    }
    JsonNode json = new ObjectMapper().readTree(out.toString());
    return new Listing(json.path("waiting").size(), json.path("rpcs").asInt());
  }

  /** The calls {@code waiting} makes, made bare: list, then describe and history of each. */
  private static void bareCalls(WorkflowServiceStubs stubs) {
    List<WorkflowExecutionInfo> open =
        stubs
            .blockingStub()
            .listOpenWorkflowExecutions(
                ListOpenWorkflowExecutionsRequest.newBuilder()
                    .setNamespace("default")
                    .setMaximumPageSize(1000)
                    .build())
            .getExecutionsList();
    for (WorkflowExecutionInfo info : open) {
      WorkflowExecution execution = info.getExecution();
      stubs
          .blockingStub()
          .describeWorkflowExecution(
              DescribeWorkflowExecutionRequest.newBuilder()
                  .setNamespace("default")
                  .setExecution(execution)
                  .build());
      ByteString page = ByteString.EMPTY;
      do {
        GetWorkflowExecutionHistoryResponse history =
            stubs
                .blockingStub()
                .getWorkflowExecutionHistory(
                    GetWorkflowExecutionHistoryRequest.newBuilder()
                        .setNamespace("default")
                        .setExecution(execution)
                        .setNextPageToken(page)
                        .build());
        page = history.getNextPageToken();
      } while (!page.isEmpty());
    }
  }
}

package dev.handback.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handback waiting}: what waits for an external party right now. */
@Command(
    name = "waiting",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the calls of the contract's methods that wait for an external party now: activities"
          + " completed asynchronously that are pending in open workflows, and workflows waiting"
          + " in an @ExternalResult inbox; each with the handle to reply with.",
      "Found through Temporal's own APIs: the open workflows (visibility), each one described"
          + " (DescribeWorkflowExecution) and, when the contract has @ExternalResult methods, its"
          + " history read."
    })
final class WaitingCommand implements Callable<Integer> {
  @ParentCommand HandbackCli root;

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Mixin ContractOptions contract;

  @Option(
      names = "--task-queue",
      paramLabel = "name",
      description = "Only workflows of this task queue.")
  String taskQueue;

  @Option(
      names = "--interface",
      paramLabel = "name",
      description = "Only methods of this activity interface (simple or qualified name).")
  String interfaceName;

  @Option(
      names = {"-w", "--workflow"},
      paramLabel = "id",
      description = "Only this workflow (its latest run).")
  String workflowId;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    Contract methods = contract.load();
    if (methods.isEmpty()) {
      throw new CliFailure(
          ExitCode.USAGE,
          "waiting needs to know which methods wait for external parties: pass --contract"
              + " contract.json (written by handback:contract) or --classes target/classes");
    }
    List<Waiting> found;
    int rpcs;
    String namespace;
    try (TemporalConnection temporal =
        TemporalConnection.open(connection.profile(root.environment()))) {
      namespace = temporal.namespace();
      WaitingFinder finder = new WaitingFinder(temporal.stubs(), namespace, root.clock());
      found = finder.find(methods, new WaitingFinder.Filter(taskQueue, interfaceName, workflowId));
      rpcs = finder.rpcs();
    }
    PrintWriter out = spec.commandLine().getOut();
    Instant now = root.clock().instant();
    if (json) {
      out.println(toJson(namespace, found, now, rpcs));
    } else if (found.isEmpty()) {
      out.println("Nothing waits for an external party in namespace " + namespace + ".");
    } else {
      Table table =
          new Table(
              "WORKFLOW",
              "METHOD",
              "PATH",
              "ATTEMPT",
              "WAITING SINCE",
              "TIME LEFT",
              "LAST HEARTBEAT",
              "HANDLE");
      for (Waiting waiting : found) {
        table.add(
            waiting.workflowId(),
            waiting.method(),
            waiting.path() + (waiting.cancelRequested() ? " (cancel requested)" : ""),
            Integer.toString(waiting.attempt()),
            Durations.time(waiting.since()),
            timeLeft(waiting, now),
            Durations.time(waiting.lastHeartbeat()),
            waiting.handle());
      }
      table.print(out);
    }
    return ExitCode.OK;
  }

  private static String timeLeft(Waiting waiting, Instant now) {
    if (waiting.deadline() == null) {
      return "no limit";
    }
    Duration left = Duration.between(now, waiting.deadline());
    return (left.isNegative() ? "due" : Durations.readable(left))
        + " ("
        + waiting.deadlineBy()
        + ")";
  }

  static String toJson(String namespace, List<Waiting> found, Instant now, int rpcs) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("namespace", namespace);
    root.put("at", now.toString());
    root.set("waiting", entries(mapper, found, now));
    root.put("rpcs", rpcs);
    return root.toPrettyString();
  }

  /** {@code found} as JSON objects. */
  static ArrayNode entries(ObjectMapper mapper, List<Waiting> found, Instant now) {
    ArrayNode list = mapper.createArrayNode();
    for (Waiting waiting : found) {
      ObjectNode entry = list.addObject();
      entry.put("path", waiting.path());
      entry.put("workflowId", waiting.workflowId());
      entry.put("runId", waiting.runId());
      entry.put("workflowType", waiting.workflowType());
      entry.put("method", waiting.method());
      entry.put("activityType", waiting.activityType());
      entry.put("activityId", waiting.activityId());
      entry.put("callKey", waiting.callKey());
      entry.put("attempt", waiting.attempt());
      entry.put("waitingSince", text(waiting.since()));
      entry.put("deadline", text(waiting.deadline()));
      entry.put("deadlineBy", waiting.deadlineBy());
      if (waiting.deadline() == null) {
        entry.putNull("secondsLeft");
      } else {
        entry.put("secondsLeft", Duration.between(now, waiting.deadline()).toSeconds());
      }
      entry.put("lastHeartbeat", text(waiting.lastHeartbeat()));
      entry.put("cancelRequested", waiting.cancelRequested());
      entry.put("handle", waiting.handle());
    }
    return list;
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}

package dev.handback.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handback.runtime.ReplyAddress;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handback inspect}: what a handle addresses, and whether that still waits. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Decodes a handle, plain (hb1...) or sealed (hbs1...; its signature is not verified: that"
          + " needs the service's key), and asks Temporal whether what it addresses still waits.",
      "Exits with 0 if it waits (or Temporal cannot tell before a reply: a task-token handle),"
          + " 5 if nothing waits there any more, 7 if several activities of the method wait."
    })
final class InspectCommand implements Callable<Integer> {
  @ParentCommand HandbackCli root;

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Mixin ContractOptions contract;

  @Parameters(index = "0", paramLabel = "<handle>", description = "The handle, plain or sealed.")
  String handle;

  @Option(names = "--decode-only", description = "Only decode the handle; do not ask Temporal.")
  boolean decodeOnly;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  /** The answer: what waits, or why nothing does. */
  private record Status(String state, int exitCode, String detail, List<Waiting> waiting) {}

  @Override
  public Integer call() {
    DecodedHandle decoded = DecodedHandle.read(handle);
    Contract methods = contract.load();
    Status status;
    if (decodeOnly) {
      status =
          new Status(
              "not checked", ExitCode.OK, "--decode-only: Temporal was not asked", List.of());
    } else {
      try (TemporalConnection temporal =
          TemporalConnection.open(connection.profile(root.environment()))) {
        status =
            check(
                decoded,
                methods,
                new WaitingFinder(temporal.stubs(), temporal.namespace(), root.clock()));
      }
    }
    print(decoded, status);
    return status.exitCode();
  }

  private Status check(DecodedHandle decoded, Contract methods, WaitingFinder finder) {
    ReplyAddress address = decoded.address();
    if (address instanceof ReplyAddress.TaskToken) {
      return new Status(
          "unknown",
          ExitCode.OK,
          "a task token addresses one attempt, and Temporal tells whether that attempt still"
              + " waits only when a reply is sent to it",
          List.of());
    }
    Optional<ContractMethod> method = methods.method(decoded.key());
    String workflowId;
    String runId;
    if (address instanceof ReplyAddress.ActivityId ids) {
      workflowId = ids.workflowId();
      runId = ids.runId();
    } else if (address instanceof ReplyAddress.BusinessKey businessKey) {
      workflowId = businessKey.workflowId();
      runId = businessKey.runId();
      method = Optional.of(methods.require(decoded.key(), "inspecting a business-key handle"));
    } else {
      ReplyAddress.SignalAddress signal = (ReplyAddress.SignalAddress) address;
      workflowId = signal.workflowId();
      runId = signal.runId();
    }
    WorkflowExecution execution =
        WorkflowExecution.newBuilder().setWorkflowId(workflowId).setRunId(runId).build();
    if (method.isEmpty()) {
      return withoutContract(decoded, finder, execution);
    }
    List<Waiting> waiting = new ArrayList<>();
    for (Waiting candidate : finder.waitingIn(execution, List.of(method.get()), null)) {
      if (matches(address, candidate)) {
        waiting.add(candidate);
      }
    }
    if (waiting.isEmpty()) {
      return new Status(
          "no longer waiting",
          ExitCode.NO_LONGER_WAITING,
          "nothing waits at this address any more: the workflow ended, or the call was answered,"
              + " timed out or was cancelled",
          waiting);
    }
    if (waiting.size() > 1) {
      return new Status(
          "several waiting",
          ExitCode.SEVERAL_WAITING,
          waiting.size()
              + " calls of "
              + decoded.key()
              + " wait in this workflow: reply with one of their handles",
          waiting);
    }
    return new Status("waiting", ExitCode.OK, "it waits for a reply", waiting);
  }

  private static boolean matches(ReplyAddress address, Waiting candidate) {
    if (address instanceof ReplyAddress.ActivityId ids) {
      return ids.activityId().equals(candidate.activityId());
    }
    if (address instanceof ReplyAddress.BusinessKey businessKey) {
      return businessKey.callKey().isEmpty() || businessKey.callKey().equals(candidate.callKey());
    }
    return true;
  }

  /** What Temporal says of the workflow alone, when the contract does not know the method. */
  private static Status withoutContract(
      DecodedHandle decoded, WaitingFinder finder, WorkflowExecution execution) {
    Optional<DescribeWorkflowExecutionResponse> described = finder.describe(execution);
    if (described.isEmpty()
        || described.get().getWorkflowExecutionInfo().getStatus()
            != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return new Status(
          "no longer waiting",
          ExitCode.NO_LONGER_WAITING,
          described.isEmpty() ? "the workflow does not exist" : "the workflow is closed",
          List.of());
    }
    if (decoded.address() instanceof ReplyAddress.ActivityId ids) {
      for (PendingActivityInfo pending : described.get().getPendingActivitiesList()) {
        if (pending.getActivityId().equals(ids.activityId())
            && pending.getState() != PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED) {
          return new Status(
              "waiting",
              ExitCode.OK,
              "activity " + ids.activityId() + " is pending, attempt " + pending.getAttempt(),
              List.of());
        }
      }
      return new Status(
          "no longer waiting",
          ExitCode.NO_LONGER_WAITING,
          "activity " + ids.activityId() + " is not pending in the workflow",
          List.of());
    }
    return new Status(
        "workflow running",
        ExitCode.OK,
        "the workflow runs; pass --contract to tell whether its inbox still waits for "
            + decoded.key(),
        List.of());
  }

  private void print(DecodedHandle decoded, Status status) {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, String> address = describe(decoded.address());
    Instant now = root.clock().instant();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode node = mapper.createObjectNode();
      node.put("method", decoded.key().toString());
      node.put("kind", String.valueOf(decoded.address().kind()));
      ObjectNode fields = node.putObject("address");
      address.forEach(fields::put);
      if (decoded.sealed()) {
        ObjectNode seal = node.putObject("seal");
        seal.put("keyId", decoded.sealKeyId());
        seal.put("expires", decoded.sealExpires().toString());
        seal.put("expired", !decoded.sealExpires().isAfter(now));
        seal.put("signatureVerified", false);
      }
      node.put("plainHandle", decoded.plain());
      node.put("state", status.state());
      node.put("detail", status.detail());
      node.set("waiting", WaitingCommand.entries(mapper, status.waiting(), now));
      out.println(node.toPrettyString());
      return;
    }
    out.println(pad("Method:") + decoded.key());
    out.println(pad("Kind:") + decoded.address().kind() + " (" + kindName(decoded.address()) + ")");
    address.forEach((name, value) -> out.println((pad(name + ":") + value).stripTrailing()));
    if (decoded.sealed()) {
      out.println(
          pad("Sealed:")
              + "key "
              + decoded.sealKeyId()
              + ", "
              + (decoded.sealExpires().isAfter(now) ? "expires " : "expired ")
              + Durations.time(decoded.sealExpires())
              + " (signature not verified)");
    }
    out.println(pad("State:") + status.state() + ": " + status.detail());
    for (Waiting waiting : status.waiting()) {
      out.println(
          pad("Waiting:")
              + "since "
              + Durations.time(waiting.since())
              + ", attempt "
              + waiting.attempt()
              + (waiting.deadline() == null
                  ? ""
                  : ", until "
                      + Durations.time(waiting.deadline())
                      + " ("
                      + waiting.deadlineBy()
                      + ")")
              + ", handle "
              + waiting.handle());
    }
  }

  private static String pad(String label) {
    return label + " ".repeat(Math.max(1, 12 - label.length()));
  }

  private static String kindName(ReplyAddress address) {
    return switch (address.kind()) {
      case ReplyAddress.ActivityId.KIND -> "activity by ids";
      case ReplyAddress.TaskToken.KIND -> "task token of one attempt";
      case ReplyAddress.BusinessKey.KIND -> "business key";
      default -> "signal to the workflow's inbox";
    };
  }

  private static Map<String, String> describe(ReplyAddress address) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (address instanceof ReplyAddress.ActivityId ids) {
      fields.put("workflowId", ids.workflowId());
      fields.put("runId", ids.runId());
      fields.put("activityId", ids.activityId());
      fields.put("callKey", ids.callKey());
    } else if (address instanceof ReplyAddress.BusinessKey key) {
      fields.put("workflowId", key.workflowId());
      fields.put("runId", key.runId());
      fields.put("callKey", key.callKey());
    } else if (address instanceof ReplyAddress.SignalAddress signal) {
      fields.put("workflowId", signal.workflowId());
      fields.put("runId", signal.runId());
      fields.put("signal", signal.signalName());
    } else {
      fields.put("token", ((ReplyAddress.TaskToken) address).fingerprint() + " (SHA-256 prefix)");
    }
    return fields;
  }
}

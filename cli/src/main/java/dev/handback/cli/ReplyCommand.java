package dev.handback.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handback.internal.CompletionChannel;
import dev.handback.internal.DeliveringReply;
import dev.handback.internal.ExternalFailures;
import dev.handback.runtime.ActivityCancellationRequestedException;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.NoLongerWaitingException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyNotDeliveredException;
import dev.handback.runtime.SeveralPendingActivitiesException;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code handback reply}: complete, fail, heartbeat or cancel by hand. */
@Command(
    name = "reply",
    mixinStandardHelpOptions = true,
    customSynopsis = {
      "handback reply [OPTIONS] <handle> complete|fail|heartbeat|cancel",
      "handback reply [OPTIONS] --workflow <id> --method <Interface.method>"
          + " complete|fail|heartbeat|cancel"
    },
    description = {
      "Replies to what a handle addresses, or to the call of a method waiting in a workflow known"
          + " by its id (its business key), as the method's completer would.",
      "The result (complete), the failure (fail: {\"type\": ..., \"message\": ...}) or the"
          + " details (heartbeat, cancel) are read as JSON from --input, or from standard input,"
          + " and checked against the method's JSON Schema from the contract before anything is"
          + " sent. A workflow waiting in an @ExternalResult inbox takes complete and fail only."
    })
final class ReplyCommand implements Callable<Integer> {
  @ParentCommand HandbackCli root;

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Mixin ContractOptions contract;

  @Parameters(
      arity = "1..2",
      paramLabel = "<handle> <operation>",
      description = "The handle (unless --workflow is given), then the operation.")
  List<String> arguments;

  @Option(
      names = {"-w", "--workflow"},
      paramLabel = "id",
      description = "Instead of a handle: the workflow the method's call waits in.")
  String workflowId;

  @Option(
      names = "--run",
      paramLabel = "id",
      description = "With --workflow: the run (default: the latest).")
  String runId;

  @Option(
      names = {"-m", "--method"},
      paramLabel = "Interface.method",
      description = "With --workflow: the method, as handles name it.")
  String method;

  @Option(
      names = "--call-key",
      paramLabel = "key",
      description =
          "With --workflow: the call key, when the workflow calls the method in parallel.")
  String callKey;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "file",
      description =
          "JSON file with the result, failure or details; - for standard input (the default for"
              + " complete of a method with a result, and for fail).")
  String input;

  @Option(names = "--dry-run", description = "Check everything, send nothing.")
  boolean dryRun;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  private enum Operation {
    COMPLETE,
    FAIL,
    HEARTBEAT,
    CANCEL
  }

  @Override
  public Integer call() {
    String handle = arguments.size() == 2 ? arguments.get(0) : null;
    Operation operation = operation(arguments.get(arguments.size() - 1));
    Contract methods = contract.load();
    HandleKey key;
    ReplyAddress address;
    if (handle != null) {
      if (workflowId != null || method != null) {
        throw usage("Give either a handle or --workflow and --method, not both");
      }
      DecodedHandle decoded = DecodedHandle.read(handle);
      key = decoded.key();
      address = decoded.address();
    } else {
      if (workflowId == null || method == null) {
        throw usage(
            "Name what to reply to: a handle, or --workflow <id> and --method <Interface.method>");
      }
      key = methodKey(method);
      ContractMethod known = methods.require(key, "a reply by --workflow");
      address =
          known.isSignal()
              ? new ReplyAddress.SignalAddress(workflowId, runId, known.signal())
              : new ReplyAddress.BusinessKey(workflowId, runId, callKey);
    }
    ContractMethod target = methods.require(key, "checking the reply before it is sent");
    if (address instanceof ReplyAddress.SignalAddress
        && (operation == Operation.HEARTBEAT || operation == Operation.CANCEL)) {
      throw usage(
          key
              + " delivers its result to the workflow's @ExternalResult inbox, which takes complete"
              + " or fail; nothing there heartbeats or is cancelled");
    }
    JsonNode value = value(operation, target, methods);
    if (dryRun) {
      report("would " + verb(operation), key, address, value);
      return ExitCode.OK;
    }
    try (TemporalConnection temporal =
        TemporalConnection.open(connection.profile(root.environment()))) {
      DeliveringReply<Object> reply =
          DeliveringReply.to(
              CompletionChannel.of(temporal.client()),
              new OperatorHandle(key, address),
              target.activityType(),
              target.retriesExternalFailures() ? ExternalFailures.RETRIED : ExternalFailures.FINAL);
      deliver(reply, operation, value);
    }
    report(verb(operation), key, address, value);
    return ExitCode.OK;
  }

  private static void deliver(DeliveringReply<Object> reply, Operation operation, JsonNode value) {
    Object payload = value == null || value.isNull() ? null : value;
    try {
      switch (operation) {
        case COMPLETE -> reply.complete(payload);
        case FAIL -> reply.fail(failure(value));
        case HEARTBEAT -> reply.heartbeat(payload);
        case CANCEL -> reply.reportCancellation(payload);
      }
    } catch (NoLongerWaitingException e) {
      throw new CliFailure(ExitCode.NO_LONGER_WAITING, e.getMessage(), e);
    } catch (SeveralPendingActivitiesException e) {
      throw new CliFailure(ExitCode.SEVERAL_WAITING, e.getMessage(), e);
    } catch (ActivityCancellationRequestedException e) {
      throw new CliFailure(
          ExitCode.CANCELLATION_REQUESTED,
          e.getMessage()
              + ". The heartbeat was recorded; confirm the cancellation with: reply <handle>"
              + " cancel",
          e);
    } catch (ReplyNotDeliveredException e) {
      throw new CliFailure(ExitCode.TEMPORAL_ERROR, e.getMessage(), e);
    }
  }

  /** The failure {@code value} describes, {@code {"type", "message", "nonRetryable"}}. */
  private static ApplicationFailure failure(JsonNode value) {
    String type = value.path("type").asText();
    String message = value.path("message").asText();
    return value.path("nonRetryable").asBoolean(false)
        ? ApplicationFailure.newNonRetryableFailure(message, type)
        : ApplicationFailure.newFailure(message, type);
  }

  /** The JSON the operation sends, read and checked; null for none. */
  private JsonNode value(Operation operation, ContractMethod target, Contract methods) {
    return switch (operation) {
      case COMPLETE -> {
        if (target.resultVoid() && input == null) {
          yield null;
        }
        yield SchemaCheck.read(
            readInput(), source(), target.resultSchema(), "the result of " + target.key());
      }
      case FAIL ->
          SchemaCheck.read(
              readInput(),
              source(),
              methods.failureSchema().orElse(FALLBACK_FAILURE_SCHEMA),
              "a failure ({\"type\": ..., \"message\": ...})");
      case HEARTBEAT, CANCEL ->
          input == null ? null : SchemaCheck.read(readInput(), source(), ANY, "details");
    };
  }

  private static final JsonNode ANY = new ObjectMapper().createObjectNode();

  private static final JsonNode FALLBACK_FAILURE_SCHEMA = fallbackFailureSchema();

  private static JsonNode fallbackFailureSchema() {
    ObjectNode schema = new ObjectMapper().createObjectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("type").put("type", "string");
    properties.putObject("message").put("type", "string");
    properties.putObject("nonRetryable").put("type", "boolean");
    schema.putArray("required").add("type").add("message");
    return schema;
  }

  private String source() {
    return input == null || input.equals("-") ? "standard input" : input;
  }

  private String readInput() {
    try {
      if (input == null || input.equals("-")) {
        return new String(root.stdin().readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(input), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliFailure(ExitCode.USAGE, "Cannot read " + source() + ": " + e.getMessage(), e);
    }
  }

  private void report(String done, HandleKey key, ReplyAddress address, JsonNode value) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = new ObjectMapper().createObjectNode();
      node.put("done", done);
      node.put("method", key.toString());
      node.put("address", address.toString());
      node.put("sent", !dryRun);
      node.set("value", value);
      out.println(node.toPrettyString());
    } else {
      out.println(
          (dryRun ? "Checked, not sent: " : "")
              + capitalized(done)
              + " "
              + key
              + " at "
              + address
              + (value == null ? "" : " with " + value));
    }
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String verb(Operation operation) {
    return switch (operation) {
      case COMPLETE -> "completed";
      case FAIL -> "failed";
      case HEARTBEAT -> "heartbeat sent to";
      case CANCEL -> "cancellation reported for";
    };
  }

  private Operation operation(String text) {
    try {
      return Operation.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw usage(
          "Unknown operation '" + text + "': the operation is complete, fail, heartbeat or cancel");
    }
  }

  private static HandleKey methodKey(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 2
        || !HandleKey.isValidSegment(parts[0])
        || !HandleKey.isValidSegment(parts[1])) {
      throw new CliFailure(
          ExitCode.USAGE,
          "--method takes the method as handles name it, Interface.method (such as"
              + " ReviewActivities.requestReview), not '"
              + text
              + "'");
    }
    return HandleKey.of(parts[0], parts[1]);
  }

  private static CliFailure usage(String message) {
    return new CliFailure(ExitCode.USAGE, message);
  }
}

package dev.handback.maven;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds {@code contract.json}: everything a team in any language needs to reply to the project's
 * activities — activity types, task queues, paths, timeouts, the handle format and how to decode
 * it, and JSON Schemas of results and failures. Deterministic: same models and classes, same bytes.
 */
public final class ContractBuilder {
  /** The version of the contract's shape. */
  public static final int CONTRACT_VERSION = 1;

  private static final List<String> TIMEOUTS =
      List.of("startToClose", "scheduleToClose", "scheduleToStart", "heartbeat");

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * The contract of {@code models}, whose result types {@code schemas} describes.
   *
   * @param project the coordinates of the project the contract belongs to
   */
  public ObjectNode build(
      ProjectCoordinates project, List<HandbackModel> models, ResultSchemas schemas) {
    ObjectNode root = mapper.createObjectNode();
    root.put("contractVersion", CONTRACT_VERSION);
    ObjectNode from = root.putObject("project");
    from.put("groupId", project.groupId());
    from.put("artifactId", project.artifactId());
    from.put("version", project.version());
    root.set("paths", paths());
    root.set("handleFormat", handleFormat());
    root.set("failure", failureSchema());
    ArrayNode activities = root.putArray("activities");
    for (HandbackModel model : models) {
      for (HandbackModel.Method method : model.methods()) {
        activities.add(activity(model, method, schemas));
      }
    }
    return root;
  }

  /** {@code contract} as UTF-8 JSON text, indented by two spaces, with LF line ends. */
  public byte[] toBytes(JsonNode contract) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return (mapper.writer(printer).writeValueAsString(contract) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree could not be written", e);
    }
  }

  private ObjectNode activity(
      HandbackModel model, HandbackModel.Method method, ResultSchemas schemas) {
    ObjectNode out = mapper.createObjectNode();
    out.put("activityType", method.activityType());
    out.put("interface", model.interfaceName());
    out.put("method", method.name());
    out.put("path", method.path());
    out.put("signal", method.signal());
    out.put("taskQueue", method.taskQueue());
    ObjectNode timeouts = out.putObject("timeouts");
    for (String name : TIMEOUTS) {
      timeouts.put(name, method.timeout(name));
    }
    out.set("retry", mapper.valueToTree(method.retry()));
    if (method.handle() == null) {
      out.putNull("externalFailures");
    } else {
      out.put("externalFailures", method.retriesExternalFailures() ? "retried" : "final");
    }
    out.put("cancellationType", method.cancellationType());
    out.put("wait", method.waitFor());
    if (method.handle() == null) {
      out.putNull("handle");
    } else {
      ObjectNode handle = out.putObject("handle");
      handle.put("key", method.handle().key());
      handle.put("prefix", method.handle().prefix());
      handle.put("kind", method.handle().kind());
    }
    ArrayNode operations = out.putArray("operations");
    if ("completion".equals(method.path())) {
      operations.add("complete").add("fail").add("heartbeat").add("reportCancellation");
    } else if ("signal".equals(method.path())) {
      // Both go to the workflow as one Signal, whose argument signalPayload describes.
      operations.add("complete").add("fail");
    }
    ObjectNode result = out.putObject("result");
    result.put("javaType", method.result().isVoid() ? "void" : method.result().type());
    ObjectNode resultSchema = schemas.schemaOf(method.result());
    result.set("schema", resultSchema);
    if ("signal".equals(method.path())) {
      out.set("signalPayload", signalPayload(method, resultSchema));
    } else {
      out.putNull("signalPayload");
    }
    if (method.handle() == null) {
      // Polling: nothing to send, so no completer to send it with, even when the interface's
      // other methods have one.
      out.putNull("java");
    } else {
      ObjectNode java = out.putObject("java");
      java.put("completer", model.completer());
      java.put("handle", method.handle().handleClass());
    }
    return out;
  }

  /** The one argument of the result signal of {@code method}, for success and for failure. */
  private ObjectNode signalPayload(HandbackModel.Method method, ObjectNode resultSchema) {
    ObjectNode payload = mapper.createObjectNode();
    payload.put(
        "description",
        "Send signal '"
            + method.signal()
            + "' to the workflow run the handle names, with exactly one argument: an object that"
            + " matches 'success' (the result, under 'result') or 'failure'. The workflow waits"
            + " for it up to "
            + method.waitFor()
            + "; the first one delivered wins and later ones are ignored. A Java worker drops"
            + " (and logs) an argument it cannot read, and the workflow keeps waiting: check it"
            + " against these schemas before you send it.");
    payload.set("success", SignalPayloads.success(resultSchema, method.result().isVoid()));
    payload.set("failure", SignalPayloads.failure());
    return payload;
  }

  /** What an external party does on each path, for readers of the contract. */
  private ObjectNode paths() {
    ObjectNode paths = mapper.createObjectNode();
    paths.put(
        "completion",
        "The activity waits for you. Its handle (kind t) carries a Temporal task token: complete,"
            + " fail, heartbeat or report cancellation of the activity with your Temporal client's"
            + " asynchronous activity completion calls.");
    paths.put(
        "signal",
        "The activity completed when it handed the request to you; the workflow waits for your"
            + " answer (up to the activity's 'wait'). Its handle (kind s) names the workflow run"
            + " and the signal: send that signal with one argument as the activity's"
            + " 'signalPayload' describes. No heartbeat, no cancellation.");
    paths.put(
        "polling",
        "Nothing to send through Temporal, and no handle: the worker asks your system every"
            + " retry.initialInterval (each attempt limited by timeouts.startToClose) until it"
            + " answers or timeouts.scheduleToClose has passed. Answer the worker's requests.");
    return paths;
  }

  private ObjectNode handleFormat() {
    ObjectNode format = mapper.createObjectNode();
    format.put("version", "hb1");
    format.put("layout", "hb1.<Interface>.<method>.<kind>.<payload>");
    format.set(
        "kinds",
        mapper
            .createObjectNode()
            .put("t", "task token (path \"completion\")")
            .put(
                "s",
                "UTF-8 JSON signal address, see signalAddress (path \"signal\"): signal that"
                    + " workflow run with the activity's signalPayload"));
    format.set("signalAddress", signalAddressSchema());
    ArrayNode decode = format.putArray("decode");
    decode.add("Split the handle on '.' into exactly five parts.");
    decode.add(
        "Check that the first four parts and their dots equal the activity's handle.prefix (it"
            + " names the method and the kind, t or s).");
    decode.add("Decode the fifth part as unpadded URL-safe Base64 (RFC 4648 section 5).");
    decode.add(
        "Drop the last 4 bytes: what remains is the Temporal task token (kind t) or the UTF-8 JSON"
            + " signal address (kind s).");
    decode.add(
        "Optional: the dropped 4 bytes are the big-endian CRC-32C (Castagnoli) of the ASCII"
            + " prefix followed by the remaining bytes; a mismatch means the handle was altered.");
    decode.add(
        "Kind t: pass the task token to your client's asynchronous activity completion calls"
            + " (complete, fail, heartbeat, report cancellation).");
    decode.add(
        "Kind s: parse the JSON object (signalAddress.schema); its signal equals the activity's"
            + " signal. Signal workflow workflowId, run runId (an empty runId means the latest"
            + " run), with that signal name and exactly one argument matching the activity's"
            + " signalPayload.success or signalPayload.failure, written by your Temporal SDK's"
            + " default data converter (JSON, encoding json/plain).");
    decode.add(
        "Never log a handle, its task token or its signal address: whoever has one can reply in"
            + " your place.");
    return format;
  }

  /** The JSON object a kind-s handle carries. */
  private ObjectNode signalAddressSchema() {
    ObjectNode address = mapper.createObjectNode();
    address.put(
        "description", "The bytes of a kind-s handle: exactly these three members, in this order.");
    ObjectNode schema = address.putObject("schema");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("workflowId", nonEmpty("The workflow to signal"));
    properties.set(
        "runId", typed("string", "The run to signal; empty for the latest run of the workflow"));
    properties.set("signal", nonEmpty("The signal name the workflow's inbox listens to"));
    schema.putArray("required").add("workflowId").add("runId").add("signal");
    schema.put("additionalProperties", false);
    return address;
  }

  private ObjectNode nonEmpty(String description) {
    return typed("string", description).put("minLength", 1);
  }

  /** What a failure reported by an external party looks like to the workflow. */
  private ObjectNode failureSchema() {
    ObjectNode failure = mapper.createObjectNode();
    failure.put(
        "description",
        "Path completion: a failure you report with the task token becomes a Temporal"
            + " ApplicationFailure of this shape; the workflow sees an ActivityFailure whose cause"
            + " has this type and message. Where the activity's externalFailures is 'final' (the"
            + " default), send it with nonRetryable true, as Handback's Java completer and"
            + " Temporal's CLI do: the activity then fails at once, as on path signal. Where it is"
            + " 'retried', the activity's retry policy decides: a retry runs the activity again,"
            + " which sends you a new request with a new handle; types listed in retry.doNotRetry,"
            + " and a failure with nonRetryable true, are not retried. Path signal: send the"
            + " activity's signalPayload.failure instead; the workflow's wait then ends with a"
            + " non-retryable ApplicationFailure of that type and message.");
    ObjectNode schema = failure.putObject("schema");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set(
        "type", typed("string", "Failure type, for example a Java exception class name"));
    properties.set("message", typed("string", "What went wrong, for people"));
    properties.set(
        "nonRetryable", typed("boolean", "true: do not retry whatever the retry policy says"));
    properties.set("details", typed("array", "Optional payloads the workflow can read"));
    schema.putArray("required").add("type").add("message");
    return failure;
  }

  private ObjectNode typed(String type, String description) {
    return mapper.createObjectNode().put("type", type).put("description", description);
  }

  /** Reads back a contract written by {@link #toBytes}. */
  public JsonNode parse(byte[] json) {
    try {
      return mapper.readTree(json);
    } catch (java.io.IOException e) {
      throw new ModelException("Cannot read a Handback contract: " + e.getMessage(), e);
    }
  }
}

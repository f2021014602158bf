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
  public ObjectNode build(ProjectCoordinates project, List<HandbackModel> models, ResultSchemas schemas) {
    ObjectNode root = mapper.createObjectNode();
    root.put("contractVersion", CONTRACT_VERSION);
    ObjectNode from = root.putObject("project");
    from.put("groupId", project.groupId());
    from.put("artifactId", project.artifactId());
    from.put("version", project.version());
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

  private ObjectNode activity(HandbackModel model, HandbackModel.Method method, ResultSchemas schemas) {
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
      // Both go to the workflow as one Signal carrying {"result": …} or {"failure": {"type", "message"}}.
      operations.add("complete").add("fail");
    }
    ObjectNode result = out.putObject("result");
    result.put("javaType", method.result().isVoid() ? "void" : method.result().type());
    result.set("schema", schemas.schemaOf(method.result()));
    ObjectNode java = out.putObject("java");
    java.put("completer", model.completer());
    java.put("handle", method.handle() == null ? null : method.handle().handleClass());
    return out;
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
                "UTF-8 JSON {\"workflowId\", \"runId\", \"signal\"} (path \"signal\"): signal that"
                    + " workflow run with {\"result\": …} or {\"failure\": {\"type\", \"message\"}}"));
    ArrayNode decode = format.putArray("decode");
    decode.add("Split the handle on '.' into exactly five parts.");
    decode.add("Check that the first four parts and their dots equal the activity's handle.prefix.");
    decode.add("Decode the fifth part as unpadded URL-safe Base64 (RFC 4648 section 5).");
    decode.add(
        "Drop the last 4 bytes: what remains is the Temporal task token (kind t) or the UTF-8 JSON"
            + " signal address (kind s).");
    decode.add(
        "Optional: the dropped 4 bytes are the big-endian CRC-32C (Castagnoli) of the ASCII"
            + " prefix followed by the remaining bytes; a mismatch means the handle was altered.");
    decode.add("Never log the task token or the handle: either completes the activity.");
    return format;
  }

  /** What a failure reported by an external party looks like to the workflow. */
  private ObjectNode failureSchema() {
    ObjectNode failure = mapper.createObjectNode();
    failure.put(
        "description",
        "A failure becomes a Temporal ApplicationFailure; the workflow sees an ActivityFailure"
            + " whose cause has this type and message. Types listed in an activity's"
            + " retry.doNotRetry are not retried; nonRetryable stops retries for any type.");
    ObjectNode schema = failure.putObject("schema");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("type", typed("string", "Failure type, for example a Java exception class name"));
    properties.set("message", typed("string", "What went wrong, for people"));
    properties.set("nonRetryable", typed("boolean", "true: do not retry whatever the retry policy says"));
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

package dev.handback.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * JSON Schemas of the one argument of a result signal on the {@code signal} path, as the generated
 * inbox reads it (Handback's {@code ExternalOutcome}): {@code {"result": …}} delivers a result,
 * {@code {"failure": {"type": "…", "message": "…"}}} a failure.
 *
 * <p>Each schema stands alone. The result's schema is embedded under {@code properties.result}; its
 * {@code $defs} move to the payload schema's root, where its {@code "#/$defs/…"} references still
 * find them, and a reference to the result schema's own root ({@code "#"}, for a recursive type) is
 * rewritten to {@code "#/properties/result"}.
 */
final class SignalPayloads {
  private static final String RESULT_ROOT = "#/properties/result";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private SignalPayloads() {}

  /**
   * The schema of a delivered result whose own schema is {@code resultSchema}. For a method that
   * returns nothing, {@code result} may be left out, as the Java completer does ({@code {}}).
   */
  static ObjectNode success(JsonNode resultSchema, boolean isVoid) {
    ObjectNode result = resultSchema.deepCopy();
    JsonNode defs = result.remove("$defs");
    rewriteRootReferences(result);
    ObjectNode schema = JSON.objectNode();
    schema.put("type", "object");
    schema.putObject("properties").set("result", result);
    if (!isVoid) {
      schema.putArray("required").add("result");
    }
    schema.put("additionalProperties", false);
    if (defs != null) {
      rewriteRootReferences(defs);
      schema.set("$defs", defs);
    }
    return schema;
  }

  /** The schema of a delivered failure, the same for every method. */
  static ObjectNode failure() {
    ObjectNode failure = JSON.objectNode();
    failure.put("type", "object");
    ObjectNode properties = failure.putObject("properties");
    properties
        .putObject("type")
        .put("type", "string")
        .put("pattern", "\\S")
        .put(
            "description",
            "The failure type the workflow sees, for example a Java exception class name; not blank");
    properties
        .putObject("message")
        .put("type", "string")
        .put("description", "What went wrong, for people; may be empty");
    failure.putArray("required").add("type").add("message");
    failure.put("additionalProperties", false);

    ObjectNode schema = JSON.objectNode();
    schema.put("type", "object");
    schema.putObject("properties").set("failure", failure);
    schema.putArray("required").add("failure");
    schema.put("additionalProperties", false);
    return schema;
  }

  private static void rewriteRootReferences(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().equals("#")) {
        object.put("$ref", RESULT_ROOT);
      }
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        rewriteRootReferences(member.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(SignalPayloads::rewriteRootReferences);
    }
  }
}

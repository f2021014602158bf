package dev.handback.maven.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * Checks JSON documents against a JSON Schema (draft 2020-12) with networknt's validator, as an
 * external team's validator (ajv in the Node.js proof) would.
 */
public final class JsonSchemaCheck {
  private final Schema schema;

  private JsonSchemaCheck(Schema schema) {
    this.schema = schema;
  }

  /** A check against {@code schema}, as the contract writes it. */
  public static JsonSchemaCheck of(JsonNode schema) {
    return new JsonSchemaCheck(
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schema.toString(), InputFormat.JSON));
  }

  /**
   * What is wrong with {@code json}, one line per problem naming where, as a JSON Pointer fragment,
   * and what, such as {@code "#/result: required property 'days' not found"}; empty when it
   * matches.
   */
  public List<String> problems(String json) {
    return schema.validate(json, InputFormat.JSON).stream()
        .map(error -> "#" + error.getInstanceLocation() + ": " + error.getMessage())
        .toList();
  }
}

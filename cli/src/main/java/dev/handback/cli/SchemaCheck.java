package dev.handback.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * Reads JSON an operator gives and checks it against a JSON Schema (draft 2020-12, as the contract
 * writes them) with networknt's validator, before anything is sent.
 */
final class SchemaCheck {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaCheck() {}

  /**
   * The JSON {@code text}, from {@code source}, checked against {@code schema}.
   *
   * @throws CliFailure with {@link ExitCode#INVALID_RESULT}: the text is not one JSON value, or it
   *     does not match, with one line per problem as the validator words it
   */
  static JsonNode read(String text, String source, JsonNode schema, String what) {
    JsonNode value;
    try {
      value = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new CliFailure(
          ExitCode.INVALID_RESULT,
          source
              + " is not JSON ("
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + "): nothing was sent",
          e);
    }
    if (value == null || value.isMissingNode()) {
      throw new CliFailure(
          ExitCode.INVALID_RESULT,
          source + " is empty: give " + what + " as JSON; nothing was sent");
    }
    List<String> problems = problems(schema, value);
    if (!problems.isEmpty()) {
      throw new CliFailure(
          ExitCode.INVALID_RESULT,
          source
              + " does not match the schema of "
              + what
              + ", so nothing was sent:\n  "
              + String.join("\n  ", problems));
    }
    return value;
  }

  /** What is wrong with {@code value}, one line per problem; empty when it matches. */
  static List<String> problems(JsonNode schema, JsonNode value) {
    Schema compiled =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schema.toString(), InputFormat.JSON);
    return compiled.validate(value.toString(), InputFormat.JSON).stream()
        .map(error -> "#" + error.getInstanceLocation() + ": " + error.getMessage())
        .toList();
  }
}

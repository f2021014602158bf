package dev.handback.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signal-path payload schemas stand alone, whatever references the result's schema holds. */
class SignalPayloadsTest {

  /** Refers to itself: its schema refers to its own root. */
  public record Part(String name, List<Part> parts) {}

  /** Uses one type twice: its schema keeps that type in {@code $defs}. */
  public record Route(Stop from, Stop to) {}

  /** A stop on a route. */
  public record Stop(String city, Route detour) {}

  private static ObjectNode schemaOf(Class<?> type) {
    return new ResultSchemas(SignalPayloadsTest.class.getClassLoader())
        .schemaOf(
            new HandbackModel.Result(
                false, type.getName(), type.getName(), Map.of("class", type.getName())));
  }

  @Test
  void aReferenceToTheResultsRootPointsAtTheEmbeddedResult() {
    ObjectNode result = schemaOf(Part.class);
    assertTrue(
        references(result).contains("#"), "the result's schema refers to its root: " + result);

    ObjectNode success = SignalPayloads.success(result, false);

    assertEquals(
        List.of("#/properties/result"),
        references(success).stream().distinct().toList(),
        success.toString());
    assertResolves(success);
    assertEquals("#", references(result).get(0), "the result's own schema is left as it was");
  }

  @Test
  void definitionsMoveToThePayloadsRoot() {
    ObjectNode result = schemaOf(Route.class);
    assertTrue(result.has("$defs"), "the result's schema has definitions: " + result);

    ObjectNode success = SignalPayloads.success(result, false);

    assertFalse(success.path("properties").path("result").has("$defs"), success.toString());
    assertEquals(
        result.path("$defs").fieldNames().next(), success.path("$defs").fieldNames().next());
    assertFalse(references(success).isEmpty(), success.toString());
    assertResolves(success);
  }

  @Test
  void aMethodThatReturnsNothingMayLeaveTheResultOut() {
    ObjectNode none =
        new ResultSchemas(getClass().getClassLoader())
            .schemaOf(new HandbackModel.Result(true, null, null, null));

    ObjectNode success = SignalPayloads.success(none, true);

    assertFalse(success.has("required"), success.toString());
    assertEquals("null", success.path("properties").path("result").path("type").asText());
    assertFalse(success.path("additionalProperties").asBoolean(true));
  }

  @Test
  void aFailureNeedsATypeThatIsNotBlankAndAMessage() {
    JsonNode failure = SignalPayloads.failure().path("properties").path("failure");

    assertEquals(
        List.of("type", "message"),
        List.of(
            failure.path("required").get(0).asText(), failure.path("required").get(1).asText()));
    assertEquals("\\S", failure.path("properties").path("type").path("pattern").asText());
    assertFalse(failure.path("additionalProperties").asBoolean(true));
  }

  /**
   * Every {@code $ref} of {@code schema} is a JSON Pointer into {@code schema} that finds a node.
   */
  private static void assertResolves(JsonNode schema) {
    for (String reference : references(schema)) {
      assertTrue(reference.startsWith("#"), reference);
      assertFalse(
          schema.at(reference.substring(1)).isMissingNode(),
          reference + " resolves nowhere in " + schema);
    }
  }

  private static List<String> references(JsonNode node) {
    List<String> found = new ArrayList<>();
    collect(node, found);
    return found;
  }

  private static void collect(JsonNode node, List<String> found) {
    if (node.isObject() && node.path("$ref").isTextual()) {
      found.add(node.path("$ref").asText());
    }
    node.forEach(child -> collect(child, found));
  }
}

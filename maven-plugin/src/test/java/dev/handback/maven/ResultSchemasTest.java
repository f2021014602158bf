package dev.handback.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultSchemasTest {
  /** A result type of the tests: a record with a list of records. */
  record Parcel(String id, List<Item> items) {}

  /** An element of {@link Parcel}. */
  record Item(String sku, int quantity) {}

  private final ResultSchemas schemas = new ResultSchemas(getClass().getClassLoader());

  private static HandbackModel.Result result(Map<String, Object> tree) {
    return new HandbackModel.Result(false, "x", "x", tree);
  }

  private static Map<String, Object> parcel() {
    return Map.of("class", Parcel.class.getName());
  }

  @Test
  void aSharedResultTypeGetsEqualSchemasThatTheCallerMayChangeApart() {
    ObjectNode first = schemas.schemaOf(result(parcel()));
    ObjectNode second = schemas.schemaOf(result(parcel()));

    assertEquals(first, second);
    assertEquals(
        "integer",
        first.at("/properties/items/items/properties/quantity/type").asText(),
        first.toString());
    first.put("title", "changed by the first caller");
    assertNotEquals(first, second);
    assertEquals(
        second, schemas.schemaOf(result(parcel())), "a caller's change reached the next caller");
  }

  @Test
  void typeArgumentsMakeADifferentSchema() {
    ObjectNode list =
        schemas.schemaOf(
            result(
                Map.of(
                    "class",
                    "java.util.List",
                    "arguments",
                    List.of(Map.of("class", Item.class.getName())))));

    assertEquals("array", list.path("type").asText(), list.toString());
    assertEquals("integer", list.at("/items/properties/quantity/type").asText(), list.toString());
  }

  @Test
  void aVoidResultIsNull() {
    assertEquals(
        "{\"type\":\"null\"}",
        schemas.schemaOf(new HandbackModel.Result(true, "void", "void", Map.of())).toString());
  }

  @Test
  void aClassMissingFromTheClasspathSaysWhereToRunTheGoal() {
    ModelException missing =
        assertThrows(
            ModelException.class,
            () -> schemas.schemaOf(result(Map.of("class", "com.example.Gone"))));

    assertEquals(
        "Cannot load the result type com.example.Gone from the compile classpath"
            + " (java.lang.ClassNotFoundException: com.example.Gone): run the goal after compilation,"
            + " in the module that declares the interface",
        missing.getMessage());
  }
}

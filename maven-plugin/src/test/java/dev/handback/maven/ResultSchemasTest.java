package dev.handback.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import dev.handback.maven.testing.JsonSchemaCheck;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultSchemasTest {
  /** A result type of the tests: a record with a list of records. */
  record Parcel(String id, List<Item> items) {}

  /** An element of {@link Parcel}. */
  record Item(String sku, int quantity) {}

  /** A record with a member of each kind: plain, primitive, optional, left out when null. */
  record Booking(
      String id,
      int nights,
      Optional<String> note,
      @JsonInclude(JsonInclude.Include.NON_NULL) String voucher) {}

  /** A bean, whose properties Jackson sets through setters. */
  public static final class Guest {
    private String name;
    private int age;
    private Optional<String> email = Optional.empty();

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public int getAge() {
      return age;
    }

    public void setAge(int age) {
      this.age = age;
    }

    public Optional<String> getEmail() {
      return email;
    }

    public void setEmail(Optional<String> email) {
      this.email = email;
    }
  }

  /** A class whose empty members Jackson leaves out. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Labels(List<String> names, String colour) {}

  /** An optional member that its annotation makes required. */
  record Coded(@JsonProperty(required = true) Optional<String> code) {}

  /** Temporal's default data converter, which reads and writes results on the wire. */
  private static final DataConverter TEMPORAL = DefaultDataConverter.newDefaultInstance();

  private final ResultSchemas schemas = new ResultSchemas(getClass().getClassLoader());

  private static HandbackModel.Result result(Map<String, Object> tree) {
    return new HandbackModel.Result(false, "x", "x", tree);
  }

  private ObjectNode schemaOf(Class<?> type) {
    return schemas.schemaOf(result(Map.of("class", type.getName())));
  }

  private static List<String> required(JsonNode schema) {
    List<String> names = new ArrayList<>();
    schema.path("required").forEach(name -> names.add(name.asText()));
    return names;
  }

  /** {@code value} as Temporal's default data converter writes it. */
  private static String wire(Object value) {
    return TEMPORAL.toPayload(value).orElseThrow().getData().toStringUtf8();
  }

  /** {@code json} as Temporal's default data converter reads it into {@code type}. */
  private static <T> T read(String json, Class<T> type) {
    Payload payload =
        Payload.newBuilder()
            .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
            .setData(ByteString.copyFromUtf8(json))
            .build();
    return TEMPORAL.fromPayload(payload, type, type);
  }

  @Test
  void everyMemberIsRequiredButOptionalOnesAndOnesJacksonLeavesOut() {
    assertEquals(List.of("id", "nights"), required(schemaOf(Booking.class)));
    assertEquals(List.of("age", "name"), required(schemaOf(Guest.class)));
    assertTrue(schemaOf(Labels.class).path("required").isMissingNode(), "class-level NON_EMPTY");
    assertEquals(List.of("code"), required(schemaOf(Coded.class)));
    ObjectNode parcel = schemaOf(Parcel.class);
    assertEquals(List.of("id", "items"), required(parcel));
    assertEquals(List.of("quantity", "sku"), required(parcel.at("/properties/items/items")));
  }

  @Test
  void whatTemporalWritesMatchesAndAMissingMemberDoesNot() {
    JsonSchemaCheck booking = JsonSchemaCheck.of(schemaOf(Booking.class));
    assertEquals(
        List.of(), booking.problems(wire(new Booking("b1", 2, Optional.of("late"), "V-7"))));
    String withoutOptionals = wire(new Booking("b1", 2, Optional.empty(), null));
    assertEquals("{\"id\":\"b1\",\"nights\":2,\"note\":null}", withoutOptionals);
    assertEquals(List.of(), booking.problems(withoutOptionals));
    JsonSchemaCheck guest = JsonSchemaCheck.of(schemaOf(Guest.class));
    Guest ada = new Guest();
    ada.setName("ada");
    ada.setAge(36);
    assertEquals(List.of(), guest.problems(wire(ada)));

    // Temporal would read the missing nights as 0, a value nobody sent: the schema refuses it.
    String withoutNights = "{\"id\":\"b1\",\"note\":\"late\"}";
    assertEquals(0, read(withoutNights, Booking.class).nights());
    assertEquals(
        List.of("#: required property 'nights' not found"), booking.problems(withoutNights));
    assertEquals(
        List.of("#: required property 'age' not found", "#: required property 'name' not found"),
        guest.problems("{}"));
  }

  @Test
  void aMissingOptionalMemberIsAllowedAndReadAsEmpty() {
    String json = "{\"id\":\"b1\",\"nights\":2}";

    assertEquals(List.of(), JsonSchemaCheck.of(schemaOf(Booking.class)).problems(json));
    Booking read = read(json, Booking.class);
    assertEquals(Optional.empty(), read.note());
    assertNull(read.voucher());
    assertEquals(Optional.empty(), read("{\"name\":\"ada\",\"age\":36}", Guest.class).getEmail());
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

package dev.handback.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandleKeyTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "Z", "_", "_x", "ReviewActivities", "request_Review2", "x9"})
  void acceptsAsciiJavaIdentifierSegments(String segment) {
    HandleKey key = HandleKey.of(segment, segment);

    assertEquals(segment, key.interfaceName());
    assertEquals(segment, key.methodName());
    assertTrue(HandleKey.isValidSegment(segment));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "1abc", "9", "a$b", "$", "a.b", ".", "a-b", "a b", " a", "a\n", "é", "naïve", "Ωmega",
        "a\u0000"
      })
  void rejectsOtherSegments(String segment) {
    assertFalse(HandleKey.isValidSegment(segment));
    IllegalArgumentException asInterface =
        assertThrows(IllegalArgumentException.class, () -> HandleKey.of(segment, "method"));
    IllegalArgumentException asMethod =
        assertThrows(IllegalArgumentException.class, () -> HandleKey.of("Iface", segment));

    assertEquals(
        "A handle's interface name must be ASCII letters, digits and '_': '" + segment + "'",
        asInterface.getMessage());
    assertEquals(
        "A handle's method name must be ASCII letters, digits and '_': '" + segment + "'",
        asMethod.getMessage());
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> HandleKey.of(null, "method"));
    assertThrows(NullPointerException.class, () -> HandleKey.of("Iface", null));
  }

  @Test
  void toStringIsInterfaceDotMethod() {
    HandleKey key = HandleKey.of("ReviewActivities", "requestReview");

    assertEquals("ReviewActivities.requestReview", key.toString());
  }

  @Test
  void equalityIsByBothNames() {
    HandleKey key = HandleKey.of("Iface", "method");

    assertEquals(HandleKey.of("Iface", "method"), key);
    assertEquals(HandleKey.of("Iface", "method").hashCode(), key.hashCode());
    assertNotEquals(HandleKey.of("Iface", "other"), key);
    assertNotEquals(HandleKey.of("Other", "method"), key);
    assertNotEquals(HandleKey.of("method", "Iface"), key);
    assertNotEquals(key, null);
    assertNotEquals(key, "Iface.method");
  }
}

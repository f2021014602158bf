package dev.handback.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void escapesQuotesBackslashesAndEveryControlCharacter() {
    assertEquals(
        "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001f/é\"\n",
        Json.write("a\"b\\c\n\r\t\b\f\u0000\u001f/é"));
  }

  @Test
  void writesCompactlyOnOneLineInKeyOrder() {
    assertEquals(
        "{\"b\":{\"z\":1,\"a\":[true,null,1.5]},\"empty\":[],\"none\":{}}\n", Json.write(tree()));
  }

  @Test
  void prettyKeepsKeyOrderAndIndents() {
    assertEquals(
        """
        {
          "b": {
            "z": 1,
            "a": [
              true,
              null,
              1.5
            ]
          },
          "empty": [],
          "none": {}
        }
        """,
        Json.pretty(tree()));
  }

  private static Map<String, Object> tree() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", Arrays.asList(true, null, 1.5));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("b", inner);
    root.put("empty", List.of());
    root.put("none", Map.of());
    return root;
  }

  @Test
  void refusesValuesJsonCannotHold() {
    assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
    assertThrows(
        IllegalArgumentException.class, () -> Json.write(new ArrayList<>(List.of(new Object()))));
  }
}

package dev.handback.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The JSON objects of string members that encoded handles carry as addresses: written as the few
 * bytes of such an object, each string escaped by Jackson's {@code JsonStringEncoder}, and read
 * with Jackson's streaming parser (a tree costs several times as much, and parsing sits on every
 * reply).
 */
final class AddressJson {
  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonStringEncoder ESCAPER = JsonStringEncoder.getInstance();

  private AddressJson() {}

  /** The UTF-8 JSON object with the string members {@code names[i]: values[i]}, in this order. */
  static byte[] write(String[] names, String... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(160);
    out.write('{');
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      quoted(out, names[i]);
      out.write(':');
      quoted(out, values[i]);
    }
    out.write('}');
    return out.toByteArray();
  }

  /** {@code text} as a JSON string, escaped by Jackson. */
  private static void quoted(ByteArrayOutputStream out, String text) {
    out.write('"');
    out.writeBytes(ESCAPER.quoteAsUTF8(text));
    out.write('"');
  }

  /**
   * The values of {@code bytes}, a JSON object with exactly the string members {@code names} (in
   * any order, none twice) and nothing after it, in the order of {@code names}; empty for anything
   * else.
   */
  static Optional<String[]> read(byte[] bytes, String... names) {
    String[] values = new String[names.length];
    try (JsonParser parser = JSON.createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      int found = 0;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        int index = indexOf(names, parser.currentName());
        if (index < 0 || values[index] != null || parser.nextToken() != JsonToken.VALUE_STRING) {
          return Optional.empty();
        }
        values[index] = parser.getText();
        found++;
      }
      if (parser.currentToken() != JsonToken.END_OBJECT
          || found != names.length
          || parser.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(values);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}

package dev.handback.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The JSON objects of string members that encoded handles carry as addresses, written and read with
 * Jackson's streaming API (a tree costs several times as much, and parsing sits on every reply).
 */
final class AddressJson {
  private static final JsonFactory JSON = new JsonFactory();

  private AddressJson() {}

  /** The UTF-8 JSON object with the string members {@code names[i]: values[i]}, in this order. */
  static byte[] write(String[] names, String... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.writeStartObject();
      for (int i = 0; i < names.length; i++) {
        generator.writeStringField(names[i], values[i]);
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory cannot fail", e);
    }
    return out.toByteArray();
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

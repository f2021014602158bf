package dev.handback.processor.writer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The model JSON the processor writes, read back as its readers read it (with Jackson) and written
 * again by the processor's own {@link Json}: indented for golden files people review, or compact to
 * show that the processor's output is already in that form.
 */
public final class ModelJson {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  private ModelJson() {}

  /** {@code json}, parsed, written indented. */
  public static String pretty(String json) {
    return Json.pretty(parse(json));
  }

  /** {@code json}, parsed, written compact. */
  public static String compact(String json) {
    return Json.write(parse(json));
  }

  private static Object parse(String json) {
    try {
      return JACKSON.readValue(json, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }
}

package dev.handback.processor.writer;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of {@link Map}s (kept in their iteration order), {@link List}s, strings, numbers,
 * booleans and {@code null} as JSON text: compact, on one line, for the programs that read the
 * model, or indented, for people who review it.
 *
 * <p>Kept dependency-free on purpose: the processor runs on every user's annotation processor path,
 * where an extra JSON library could clash with another processor's copy, and the model only needs
 * the few value kinds above. Strings are escaped as RFC 8259 section 7 requires: quotation mark,
 * reverse solidus and every control character below U+0020.
 */
final class Json {
  /** Room for a model of a few methods without growing the builder. */
  private static final int INITIAL_CAPACITY = 8192;

  private Json() {}

  /** {@code value} as JSON on one line, without spaces between tokens, ending with a line feed. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder(INITIAL_CAPACITY);
    write(value, out, null);
    return out.append('\n').toString();
  }

  /** {@code value} as JSON, two spaces per indentation level, ending with a line feed. */
  static String pretty(Object value) {
    StringBuilder out = new StringBuilder(INITIAL_CAPACITY);
    write(value, out, "");
    return out.append('\n').toString();
  }

  /** Writes {@code value} indented from {@code indent}, or compact if {@code indent} is null. */
  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Double number) {
      if (number.isNaN() || number.isInfinite()) {
        throw new IllegalArgumentException("JSON has no " + number);
      }
      out.append(number);
    } else if (value instanceof Map<?, ?> map) {
      object(map, out, indent);
    } else if (value instanceof List<?> list) {
      array(list, out, indent);
    } else {
      throw new IllegalArgumentException(
          "Cannot write a " + value.getClass().getName() + " as JSON");
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out, String indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent == null ? null : indent + "  ";
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      newLine(out, inner);
      string((String) entry.getKey(), out);
      out.append(indent == null ? ":" : ": ");
      write(entry.getValue(), out, inner);
    }
    newLine(out, indent);
    out.append('}');
  }

  private static void array(List<?> list, StringBuilder out, String indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    String inner = indent == null ? null : indent + "  ";
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      newLine(out, inner);
      write(list.get(i), out, inner);
    }
    newLine(out, indent);
    out.append(']');
  }

  /** A line feed and {@code indent}, or nothing when compact. */
  private static void newLine(StringBuilder out, String indent) {
    if (indent != null) {
      out.append('\n').append(indent);
    }
  }

  /** Writes {@code text} quoted, copying the runs of characters that need no escape whole. */
  private static void string(String text, StringBuilder out) {
    out.append('"');
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      String escape = escape(text.charAt(i));
      if (escape != null) {
        out.append(text, plain, i).append(escape);
        plain = i + 1;
      }
    }
    out.append(text, plain, text.length()).append('"');
  }

  /** How {@code c} is written inside a JSON string, or null if it is written as it is. */
  private static String escape(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
    };
  }
}

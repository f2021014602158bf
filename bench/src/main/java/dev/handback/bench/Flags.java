package dev.handback.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line flags of the form {@code --name=value}, read with defaults. */
public final class Flags {
  private final Map<String, String> values = new HashMap<>();

  private Flags() {}

  /**
   * Parses {@code args}.
   *
   * @throws IllegalArgumentException for an argument that is not {@code --name=value}
   */
  public static Flags parse(String... args) {
    Flags flags = new Flags();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("Expected --name=value, got '" + arg + "'");
      }
      flags.values.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return flags;
  }

  /** An integer flag. */
  public int integer(String name, int fallback) {
    String value = values.get(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  /** A comma-separated list of integers; an empty value ({@code --name=}) is an empty list. */
  public List<Integer> integers(String name, List<Integer> fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    return value.isBlank()
        ? List.of()
        : List.of(value.split(",")).stream().map(String::trim).map(Integer::valueOf).toList();
  }

  /** A comma-separated list of words. */
  public List<String> words(String name, List<String> fallback) {
    String value = values.get(name);
    return value == null ? fallback : List.of(value.split(","));
  }
}

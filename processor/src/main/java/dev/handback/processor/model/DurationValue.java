package dev.handback.processor.model;

import java.time.Duration;

/** A checked duration and the ISO-8601 text it was written as. */
public record DurationValue(String text, Duration duration) {

  /** Parses {@code text}; throws {@link java.time.format.DateTimeParseException} if malformed. */
  public static DurationValue parse(String text) {
    return new DurationValue(text, Duration.parse(text));
  }
}

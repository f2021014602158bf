package dev.handback.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Times and durations as the readable tables show them. */
final class Durations {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private Durations() {}

  /** {@code 2025-06-01 14:03:12Z}, or {@code -}. */
  static String time(Instant instant) {
    return instant == null ? "-" : TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** {@code 6d 23h}, {@code 59m 12s}: the two largest units. */
  static String readable(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3_600;
    long minutes = seconds % 3_600 / 60;
    long rest = seconds % 60;
    if (days > 0) {
      return days + "d " + hours + "h";
    }
    if (hours > 0) {
      return hours + "h " + minutes + "m";
    }
    if (minutes > 0) {
      return minutes + "m " + rest + "s";
    }
    return rest + "s";
  }
}

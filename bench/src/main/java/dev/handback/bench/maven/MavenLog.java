package dev.handback.bench.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time each mojo took in one build, read from Maven's log printed with {@code
 * -Dorg.slf4j.simpleLogger.showDateTime=true} (each line starts with the milliseconds since Maven's
 * start): a mojo runs from its {@code --- prefix:version:goal (execution) @ artifact ---} line to
 * the next such line, the last one to {@code BUILD SUCCESS}.
 */
final class MavenLog {
  private static final Pattern MOJO =
      Pattern.compile("^(\\d+) \\[INFO\\] --- ([\\w.-]+):[^:\\s]+:([\\w.-]+) \\(.*\\) @ .* ---$");
  private static final Pattern SUCCESS = Pattern.compile("^(\\d+) \\[INFO\\] BUILD SUCCESS$");

  private MavenLog() {}

  /**
   * Milliseconds per mojo, named {@code prefix:goal}, in the order they ran.
   *
   * @throws IllegalArgumentException if the log has no {@code BUILD SUCCESS} line or no mojo
   */
  static Map<String, Double> mojoMillis(List<String> lines) {
    Map<String, Double> millis = new LinkedHashMap<>();
    String running = null;
    long since = 0;
    for (String line : lines) {
      Matcher mojo = MOJO.matcher(line);
      Matcher success = SUCCESS.matcher(line);
      boolean starts = mojo.matches();
      if (!starts && !success.matches()) {
        continue;
      }
      long at = Long.parseLong(starts ? mojo.group(1) : success.group(1));
      if (running != null) {
        millis.merge(running, (double) (at - since), Double::sum);
      }
      if (!starts) {
        if (millis.isEmpty()) {
          break;
        }
        return millis;
      }
      running = mojo.group(2) + ":" + mojo.group(3);
      since = at;
    }
    throw new IllegalArgumentException(
        "The log shows no successful build with timed mojos: is"
            + " -Dorg.slf4j.simpleLogger.showDateTime=true on Maven's command line?");
  }
}

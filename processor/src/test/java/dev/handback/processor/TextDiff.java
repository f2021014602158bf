package dev.handback.processor;

/** Describes where two texts first differ, line by line, for readable assertion messages. */
final class TextDiff {
  private static final int CONTEXT = 3;

  private TextDiff() {}

  /**
   * The first differing line of {@code expected} and {@code actual}, with a few lines before it.
   */
  static String firstDifference(String expected, String actual) {
    if (expected == null) {
      return "no golden file exists for it";
    }
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    int line = 0;
    while (line < want.length && line < got.length && want[line].equals(got[line])) {
      line++;
    }
    StringBuilder text =
        new StringBuilder("first difference at line ").append(line + 1).append(":\n");
    for (int i = Math.max(0, line - CONTEXT); i < line; i++) {
      text.append("    ").append(got[i]).append('\n');
    }
    text.append("  - ")
        .append(line < want.length ? visible(want[line]) : "<end of file>")
        .append('\n');
    text.append("  + ").append(line < got.length ? visible(got[line]) : "<end of file>");
    return text.toString();
  }

  private static String visible(String line) {
    return line.replace("\r", "\\r").replace("\t", "\\t");
  }
}

package dev.handback.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The column limit generated code keeps to, google-java-format's, and a check of it. */
final class ColumnLimit {
  static final int COLUMNS = 100;

  private ColumnLimit() {}

  /**
   * Every line longer than {@link #COLUMNS} of the {@code .java} files in {@code files} (name to
   * content), as {@code name:line (n columns): text}.
   */
  static List<String> linesOver(Map<String, String> files) {
    List<String> over = new ArrayList<>();
    files.forEach(
        (name, text) -> {
          if (!name.endsWith(".java")) {
            return;
          }
          List<String> lines = text.lines().toList();
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > COLUMNS) {
              over.add(name + ":" + (i + 1) + " (" + line.length() + " columns): " + line);
            }
          }
        });
    return over;
  }
}

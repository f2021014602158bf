package dev.handback.samples.readme;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ```java} block of a Markdown file: its text and the line of the file its first line is
 * on. By the README's convention each block is a whole source file, so it names its package and its
 * one public top-level type.
 *
 * @param firstLine the Markdown file's line number (from 1) of the block's first line of code
 * @param code the block's text, without the fences
 */
record JavaSnippet(int firstLine, String code) {
  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
          Pattern.MULTILINE);

  /** The line of the Markdown file that holds line {@code lineInSnippet} (from 1) of the code. */
  long markdownLine(long lineInSnippet) {
    return firstLine + lineInSnippet - 1;
  }

  /** The source file's path under a source root, from its package and public type. */
  Optional<String> sourcePath() {
    Matcher packageName = PACKAGE.matcher(code);
    Matcher type = PUBLIC_TYPE.matcher(code);
    if (!packageName.find() || !type.find()) {
      return Optional.empty();
    }
    return Optional.of(packageName.group(1).replace('.', '/') + "/" + type.group(1) + ".java");
  }
}

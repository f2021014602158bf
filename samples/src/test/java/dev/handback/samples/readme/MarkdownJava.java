package dev.handback.samples.readme;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code ```java} blocks of a Markdown text; those opened with {@code ```java spring}
 * need Spring Boot and Handback's starter, and are found only when asked for.
 */
final class MarkdownJava {
  private static final String OPENING = "```java";
  private static final String SPRING_OPENING = "```java spring";
  private static final String CLOSING = "```";

  private MarkdownJava() {}

  /**
   * The plain Java blocks of {@code markdown}, in order.
   *
   * @throws IllegalArgumentException if a block is not closed
   */
  static List<JavaSnippet> snippets(String markdown) {
    return snippets(markdown, false);
  }

  /**
   * The Java blocks of {@code markdown}, in order, with the Spring ones if {@code withSpring}.
   *
   * @throws IllegalArgumentException if a block is not closed
   */
  static List<JavaSnippet> snippets(String markdown, boolean withSpring) {
    List<String> lines = markdown.lines().toList();
    List<JavaSnippet> snippets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.equals(OPENING) && !(withSpring && line.equals(SPRING_OPENING))) {
        continue;
      }
      int opening = i;
      StringBuilder code = new StringBuilder();
      for (i++; i < lines.size() && !lines.get(i).strip().equals(CLOSING); i++) {
        code.append(lines.get(i)).append('\n');
      }
      if (i == lines.size()) {
        throw new IllegalArgumentException(
            "The java block opened on line " + (opening + 1) + " is never closed");
      }
      snippets.add(new JavaSnippet(opening + 2, code.toString()));
    }
    return snippets;
  }
}

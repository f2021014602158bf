package dev.handback.processor.writer;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills a Javadoc comment to {@link Doc#COLUMN_LIMIT} columns as google-java-format does: each
 * paragraph's words as many to a line as fit, block tags such as {@code @throws} continued four
 * spaces in, {@code <pre>} blocks kept line for line, and a comment of one short paragraph on one
 * line ({@code /** Text. *}{@code /}).
 */
final class JavadocLayout {
  private static final String CONTINUATION = "    ";

  private JavadocLayout() {}

  /** One paragraph (words to fill) or a {@code <pre>} block (lines to keep). */
  private record Block(List<String> words, List<String> preformatted, boolean tag) {}

  /**
   * Appends the comment whose text lines (without {@code /**}, {@code *}{@code /} and the leading
   * {@code * }) are {@code text}, laid out at column {@code indent}, to {@code out}, each line
   * ended by a line break.
   */
  static void layout(StringBuilder out, int indent, List<String> text) {
    if (text.size() == 1) {
      String line = text.get(0).strip();
      if (isShortSentence(indent, line)) {
        Doc.indent(out, indent).append("/** ").append(line).append(" */\n");
        return;
      }
    }
    List<Block> blocks = blocks(text);
    if (blocks.size() == 1 && blocks.get(0).preformatted().isEmpty() && !blocks.get(0).tag()) {
      String only = String.join(" ", blocks.get(0).words());
      if (indent + "/**  */".length() + only.length() <= Doc.COLUMN_LIMIT) {
        Doc.indent(out, indent).append("/** ").append(only).append(" */\n");
        return;
      }
    }
    Doc.indent(out, indent).append("/**\n");
    Block previous = null;
    for (Block block : blocks) {
      if (previous != null && !(previous.tag() && block.tag())) {
        commentLine(out, indent).append('\n');
      }
      if (block.preformatted().isEmpty()) {
        fill(out, indent, block);
      } else {
        for (String line : block.preformatted()) {
          commentLine(out, indent);
          if (!line.isEmpty()) {
            out.append(' ').append(line);
          }
          out.append('\n');
        }
      }
      previous = block;
    }
    Doc.indent(out, indent).append(" */\n");
  }

  /**
   * Whether {@code line} is text that the general layout below would put on one line at column
   * {@code indent} as it is: words separated by single spaces, not a block tag nor a {@code <pre>}
   * block, short enough. Most members' Javadoc is such a line; it is written without being taken
   * apart into words.
   */
  private static boolean isShortSentence(int indent, String line) {
    return !line.isEmpty()
        && indent + "/**  */".length() + line.length() <= Doc.COLUMN_LIMIT
        && !line.startsWith("@")
        && !line.startsWith("<pre>")
        && spacesOnly(line)
        && !line.contains("  ");
  }

  /** Starts a line of the comment at column {@code indent}: its {@code *} without a space. */
  private static StringBuilder commentLine(StringBuilder out, int indent) {
    return Doc.indent(out, indent).append(" *");
  }

  private static List<Block> blocks(List<String> text) {
    List<Block> blocks = new ArrayList<>();
    List<String> words = new ArrayList<>();
    boolean tag = false;
    List<String> pre = new ArrayList<>();
    for (String line : text) {
      String stripped = line.strip();
      if (!pre.isEmpty() || stripped.startsWith("<pre>")) {
        if (pre.isEmpty()) {
          flush(blocks, words, tag);
          words = new ArrayList<>();
        }
        pre.add(line.stripTrailing());
        if (stripped.contains("</pre>")) {
          blocks.add(new Block(List.of(), List.copyOf(pre), false));
          pre.clear();
        }
      } else if (stripped.isEmpty() || stripped.startsWith("@")) {
        flush(blocks, words, tag);
        words = new ArrayList<>();
        tag = stripped.startsWith("@");
        addWords(words, stripped);
      } else {
        addWords(words, stripped);
      }
    }
    if (!pre.isEmpty()) {
      blocks.add(new Block(List.of(), List.copyOf(pre), false));
    }
    flush(blocks, words, tag);
    return blocks;
  }

  private static void flush(List<Block> blocks, List<String> words, boolean tag) {
    if (!words.isEmpty()) {
      blocks.add(new Block(List.copyOf(words), List.of(), tag));
    }
  }

  /**
   * Adds the words of {@code text} to {@code words}, a word starting with {@code @} joined to the
   * one before it: a line starting with {@code @} would read as a block tag.
   */
  private static void addWords(List<String> words, String text) {
    boolean spacesOnly = spacesOnly(text);
    int i = 0;
    while (i < text.length()) {
      int end = spacesOnly ? nextSpace(text, i) : wordEnd(text, i);
      String word = text.substring(i, end);
      if (word.startsWith("@") && !words.isEmpty()) {
        words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
      } else {
        words.add(word);
      }
      i = end;
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
    }
  }

  /**
   * Whether the only whitespace in {@code text} that separates words is the space, so that words
   * can be found with {@link String#indexOf(int, int)}, much faster than a scan character by
   * character on the long lines of class Javadoc.
   */
  private static boolean spacesOnly(String text) {
    return text.indexOf('\t') < 0
        && text.indexOf('\n') < 0
        && text.indexOf(0x0B) < 0
        && text.indexOf('\f') < 0
        && text.indexOf('\r') < 0;
  }

  private static int nextSpace(String text, int from) {
    int space = text.indexOf(' ', from);
    return space < 0 ? text.length() : space;
  }

  private static int wordEnd(String text, int from) {
    int end = from;
    while (end < text.length() && !isSpace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Whether {@code c} separates words: the whitespace of a regular expression's {@code \s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Greedily fills {@code block}'s words into comment lines at column {@code indent}. */
  private static void fill(StringBuilder out, int indent, Block block) {
    int lineStart = out.length();
    commentLine(out, indent);
    boolean atStart = true;
    for (String word : block.words()) {
      if (!atStart && out.length() - lineStart + 1 + word.length() > Doc.COLUMN_LIMIT) {
        out.append('\n');
        lineStart = out.length();
        commentLine(out, indent).append(block.tag() ? CONTINUATION : "");
        atStart = true;
      }
      out.append(' ').append(word);
      atStart = false;
    }
    out.append('\n');
  }
}

package dev.handback.processor.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fills a Javadoc comment to {@link Doc#COLUMN_LIMIT} columns as google-java-format does: each
 * paragraph's words as many to a line as fit, block tags such as {@code @throws} continued four
 * spaces in, {@code <pre>} blocks kept line for line, and a comment of one short paragraph on one
 * line ({@code /** Text. *}{@code /}).
 */
final class JavadocLayout {
  private static final String CONTINUATION = "    ";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private JavadocLayout() {}

  /** One paragraph (words to fill) or a {@code <pre>} block (lines to keep). */
  private record Block(List<String> words, List<String> preformatted, boolean tag) {}

  /**
   * The comment whose text lines (without {@code /**}, {@code *}{@code /} and the leading {@code *
   * }) are {@code text}, laid out at column {@code indent}.
   */
  static List<String> layout(int indent, List<String> text) {
    List<Block> blocks = blocks(text);
    String margin = " ".repeat(indent);
    List<String> lines = new ArrayList<>();
    if (blocks.size() == 1 && blocks.get(0).preformatted().isEmpty() && !blocks.get(0).tag()) {
      String only = String.join(" ", blocks.get(0).words());
      if (indent + "/**  */".length() + only.length() <= Doc.COLUMN_LIMIT) {
        lines.add(margin + "/** " + only + " */");
        return lines;
      }
    }
    lines.add(margin + "/**");
    Block previous = null;
    for (Block block : blocks) {
      if (previous != null && !(previous.tag() && block.tag())) {
        lines.add(margin + " *");
      }
      if (block.preformatted().isEmpty()) {
        fill(block, margin, lines);
      } else {
        for (String line : block.preformatted()) {
          lines.add(line.isEmpty() ? margin + " *" : margin + " * " + line);
        }
      }
      previous = block;
    }
    lines.add(margin + " */");
    return lines;
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
    if (text.isEmpty()) {
      return;
    }
    for (String word : WHITESPACE.split(text, -1)) {
      if (word.startsWith("@") && !words.isEmpty()) {
        words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
      } else {
        words.add(word);
      }
    }
  }

  /** Greedily fills {@code block}'s words into lines starting with {@code margin + " * "}. */
  private static void fill(Block block, String margin, List<String> lines) {
    StringBuilder line = new StringBuilder(margin).append(" *");
    boolean atStart = true;
    for (String word : block.words()) {
      if (!atStart && line.length() + 1 + word.length() > Doc.COLUMN_LIMIT) {
        lines.add(line.toString());
        line = new StringBuilder(margin).append(" *").append(block.tag() ? CONTINUATION : "");
        atStart = true;
      }
      line.append(' ').append(word);
      atStart = false;
    }
    lines.add(line.toString());
  }
}

package dev.handback.processor.writer;

import java.util.List;
import java.util.Optional;

/**
 * A line of code as google-java-format sees it: text, places where it may break, and nested levels
 * that break together. {@link #render} lays it out as google-java-format does: a level stays on one
 * line if it fits, else its breaks are taken (all of them, or for an {@linkplain Break#independent
 * independent} break only where the text up to the next break does not fit), and its new lines are
 * indented by its extra indent.
 */
sealed interface Doc {
  /** The column limit of generated code, as of google-java-format. */
  int COLUMN_LIMIT = 100;

  /** The width of this doc on one line. */
  int width();

  /** This doc on one line. */
  String flat();

  /** Text that never breaks. */
  record Text(String text) implements Doc {
    @Override
    public int width() {
      return text.length();
    }

    @Override
    public String flat() {
      return text;
    }
  }

  /**
   * A place to break the line: {@code flat} when not taken, else a new line at the indent of the
   * enclosing level. Whether it was taken is recorded in {@code tag}, if any.
   */
  record Break(String flat, boolean independent, Optional<Tag> tag) implements Doc {
    @Override
    public int width() {
      return flat.length();
    }
  }

  /**
   * Docs laid out together; when broken, its new lines are indented {@code indent} more. Its {@code
   * width} and {@code widthToBreak} are computed once: layout asks for them at every level of
   * nesting.
   */
  record Level(Indent indent, List<Doc> docs, int width, int widthToBreak) implements Doc {
    Level(Indent indent, List<Doc> docs) {
      this(indent, List.copyOf(docs), Doc.width(docs), Doc.widthToBreak(docs));
    }

    @Override
    public String flat() {
      StringBuilder flat = new StringBuilder(width);
      appendFlat(flat);
      return flat.toString();
    }

    private void appendFlat(StringBuilder out) {
      for (Doc doc : docs) {
        if (doc instanceof Level level) {
          level.appendFlat(out);
        } else {
          out.append(doc.flat());
        }
      }
    }
  }

  /** An extra indent: {@code ifBroken} if the break last tagged {@code condition} was taken. */
  record Indent(int plain, Optional<Tag> condition, int ifBroken) {
    static Indent of(int plain) {
      return new Indent(plain, Optional.empty(), plain);
    }

    static Indent ifBroken(Tag condition, int ifBroken, int otherwise) {
      return new Indent(otherwise, Optional.of(condition), ifBroken);
    }

    int eval() {
      return condition.map(tag -> tag.broken).orElse(false) ? ifBroken : plain;
    }
  }

  /** Whether the last break laid out with this tag was taken. */
  final class Tag {
    private boolean broken;
  }

  static Doc text(String text) {
    return new Text(text);
  }

  /** A break taken whenever its level is broken. */
  static Doc unifiedBreak(String flat) {
    return new Break(flat, false, Optional.empty());
  }

  static Doc unifiedBreak(String flat, Tag tag) {
    return new Break(flat, false, Optional.of(tag));
  }

  /** A break taken only where what follows it up to the next break does not fit. */
  static Doc independentBreak(String flat) {
    return new Break(flat, true, Optional.empty());
  }

  static Doc independentBreak(String flat, Tag tag) {
    return new Break(flat, true, Optional.of(tag));
  }

  static Level level(int plusIndent, List<Doc> docs) {
    return new Level(Indent.of(plusIndent), docs);
  }

  static Level level(int plusIndent, Doc... docs) {
    return level(plusIndent, List.of(docs));
  }

  static Level level(Indent indent, Doc... docs) {
    return new Level(indent, List.of(docs));
  }

  static int width(List<Doc> docs) {
    int width = 0;
    for (Doc doc : docs) {
      width += doc.width();
    }
    return width;
  }

  /**
   * The width of {@code docs} up to the first place where they can break, or -1 if they cannot
   * break at all.
   */
  private static int widthToBreak(List<Doc> docs) {
    int width = 0;
    for (Doc doc : docs) {
      if (doc instanceof Break) {
        return width;
      }
      int inner = doc instanceof Level level ? level.widthToBreak() : -1;
      if (inner >= 0) {
        return width + inner;
      }
      width += doc.width();
    }
    return -1;
  }

  /** Appends {@code columns} spaces to {@code out}. */
  static StringBuilder indent(StringBuilder out, int columns) {
    for (int left = columns; left > 0; left -= Spaces.LINE.length()) {
      out.append(Spaces.LINE, 0, Math.min(left, Spaces.LINE.length()));
    }
    return out;
  }

  /** A line of spaces to copy indentation from, rather than append it a space at a time. */
  final class Spaces {
    private static final String LINE = " ".repeat(COLUMN_LIMIT);

    private Spaces() {}
  }

  /**
   * Appends {@code doc} to {@code out}, laid out from column {@code indent}, which its first line
   * starts at.
   */
  static void render(StringBuilder out, Doc doc, int indent) {
    new Renderer(out, indent).layout(doc, indent, 0);
  }

  /** Lays out docs left to right, tracking the column. */
  final class Renderer {
    private final StringBuilder out;
    private int column;

    private Renderer(StringBuilder out, int indent) {
      this.out = out;
      newColumn(indent);
    }

    /**
     * Lays out {@code doc}, whose enclosing level indents broken lines to {@code indent}, followed
     * by {@code trailing} columns of text that cannot break away from it.
     */
    private void layout(Doc doc, int indent, int trailing) {
      if (!(doc instanceof Level level) || column + doc.width() + trailing <= COLUMN_LIMIT) {
        appendFlat(doc);
      } else {
        broken(level, indent + level.indent().eval(), trailing);
      }
    }

    private void broken(Level level, int indent, int trailing) {
      List<Doc> docs = level.docs();
      boolean mustBreak = false;
      int start = 0;
      while (start <= docs.size()) {
        Break before = start > 0 ? (Break) docs.get(start - 1) : null;
        int end = start;
        while (end < docs.size() && !(docs.get(end) instanceof Break)) {
          end++;
        }
        List<Doc> split = docs.subList(start, end);
        boolean last = end == docs.size();
        int splitWidth = width(split) + (last ? trailing : 0);
        if (before != null) {
          boolean take =
              !before.independent()
                  || mustBreak
                  || column + before.width() + splitWidth > COLUMN_LIMIT;
          before.tag().ifPresent(tag -> tag.broken = take);
          if (take) {
            newLine(indent);
          } else {
            append(before.flat());
          }
        }
        boolean enoughRoom = column + splitWidth <= COLUMN_LIMIT;
        int[] unbreakable = unbreakableAfter(split, last ? trailing : 0);
        for (int i = 0; i < split.size(); i++) {
          layout(split.get(i), indent, unbreakable[i]);
        }
        mustBreak = !enoughRoom;
        start = end + 1;
      }
    }

    /**
     * For each doc of {@code split} (a run of docs without a break between them), the width of what
     * follows it up to the next place where a line can break, or all of what follows and then
     * {@code trailing} if nothing can. Computed from the end in one pass, so that a long run costs
     * no more than a short one per doc.
     */
    private static int[] unbreakableAfter(List<Doc> split, int trailing) {
      int[] unbreakable = new int[split.size()];
      int toBreak = -1;
      int rest = 0;
      for (int i = split.size() - 1; i >= 0; i--) {
        unbreakable[i] = toBreak >= 0 ? toBreak : rest + trailing;
        Doc doc = split.get(i);
        int inner = doc instanceof Level level ? level.widthToBreak() : -1;
        if (inner >= 0) {
          toBreak = inner;
        } else if (toBreak >= 0) {
          toBreak += doc.width();
        }
        rest += doc.width();
      }
      return unbreakable;
    }

    private void appendFlat(Doc doc) {
      if (doc instanceof Level level) {
        level.appendFlat(out);
      } else {
        out.append(doc.flat());
      }
      column += doc.width();
    }

    private void append(String text) {
      out.append(text);
      column += text.length();
    }

    private void newLine(int indent) {
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
      out.append('\n');
      newColumn(indent);
    }

    private void newColumn(int indent) {
      Doc.indent(out, indent);
      column = indent;
    }
  }
}

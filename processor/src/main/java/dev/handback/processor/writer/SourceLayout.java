package dev.handback.processor.writer;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Renders a generated file in google-java-format's layout, so that generated code reads like the
 * code around it and passes the formatter's check unchanged.
 *
 * <p>JavaPoet lays code out its own way: Javadoc always on three or more lines, empty bodies on
 * two, annotations with named members over three, long statements on one line. This class takes
 * JavaPoet's text apart into Javadoc comments and logical lines and lays each out as
 * google-java-format would ({@link JavadocLayout}, {@link CodeLayout}). The formatter itself cannot
 * run here: it needs Guava and the compiler's internal packages, and the processor path must stay
 * JavaPoet only. The golden files are checked by the formatter in the build, which proves the two
 * agree for the shapes Handback generates.
 */
public final class SourceLayout {

  private SourceLayout() {}

  /**
   * The source of {@code file}, laid out. Layout changes only whitespace; should it ever fail on
   * text it does not expect, the file keeps JavaPoet's layout rather than failing the build.
   */
  public static String render(JavaFile file) {
    String source = file.toString();
    try {
      return layout(source);
    } catch (RuntimeException e) {
      return source;
    }
  }

  /** {@code source}, as JavaPoet renders it, laid out. */
  static String layout(String source) {
    Lines in = new Lines(source);
    StringBuilder out = new StringBuilder(source.length());
    Deque<CodeLayout.Context> scopes = new ArrayDeque<>();
    while (in.hasNext()) {
      String line = in.next();
      String code = line.strip();
      int indent = leadingWhitespace(line);
      if (code.equals("/**")) {
        JavadocLayout.layout(out, indent, javadocText(in));
        continue;
      }
      // JavaPoet breaks parameter lists and annotation members over lines: join them again.
      int depth = parenthesisDepth(code);
      while (depth > 0 && in.hasNext()) {
        String more = in.next().strip();
        code += code.endsWith("(") || more.startsWith(")") ? more : " " + more;
        depth += parenthesisDepth(more);
      }
      if (code.endsWith("{") && in.nextStripsTo("}")) {
        in.next();
        code += "}";
      }
      if (code.isEmpty()) {
        out.append('\n');
      } else if (scopes.isEmpty() && !code.endsWith("{")) {
        Doc.indent(out, indent).append(code).append('\n');
      } else {
        CodeLayout.layout(
            out, indent, code, scopes.isEmpty() ? CodeLayout.Context.MEMBER : scopes.peek());
        out.append('\n');
      }
      if (code.endsWith("{")) {
        scopes.push(
            scopes.isEmpty() || CodeLayout.declaresType(code)
                ? CodeLayout.Context.MEMBER
                : CodeLayout.Context.STATEMENT);
      } else if (code.startsWith("}")) {
        scopes.poll();
      }
    }
    return out.toString();
  }

  /**
   * The text lines of the Javadoc comment whose {@code /**} line was just read, without their
   * leading {@code *}; reads up to and including its {@code *}{@code /} line.
   */
  private static List<String> javadocText(Lines in) {
    List<String> text = new ArrayList<>();
    while (in.hasNext()) {
      String line = in.next();
      int start = leadingWhitespace(line);
      if (closesComment(line, start)) {
        break;
      }
      text.add(line.length() - start > 1 ? line.substring(start + 2) : "");
    }
    return text;
  }

  /** Whether {@code line}, whose text starts at {@code start}, is {@code *}{@code /} alone. */
  private static boolean closesComment(String line, int start) {
    return line.startsWith("*/", start) && start + 2 == line.length() - trailingWhitespace(line);
  }

  /** How many characters of whitespace {@code line} starts with. */
  private static int leadingWhitespace(String line) {
    int count = 0;
    while (count < line.length() && Character.isWhitespace(line.charAt(count))) {
      count++;
    }
    return count;
  }

  /** How many characters of whitespace {@code line} ends with. */
  private static int trailingWhitespace(String line) {
    int count = 0;
    while (count < line.length()
        && Character.isWhitespace(line.charAt(line.length() - 1 - count))) {
      count++;
    }
    return count;
  }

  /**
   * The lines of a text, split as {@link String#lines()} splits them but one at a time, so that the
   * text is read once and nothing is copied ahead of need.
   */
  private static final class Lines {
    private final String text;
    private final boolean carriageReturns;
    private int next;

    Lines(String text) {
      this.text = text;
      this.carriageReturns = text.indexOf('\r') >= 0;
    }

    boolean hasNext() {
      return next < text.length();
    }

    String next() {
      int end = lineEnd(next);
      String line = text.substring(next, end);
      next = end < text.length() && text.startsWith("\r\n", end) ? end + 2 : end + 1;
      return line;
    }

    /** Whether the next line, stripped of whitespace, is {@code stripped}. */
    boolean nextStripsTo(String stripped) {
      return hasNext() && text.substring(next, lineEnd(next)).strip().equals(stripped);
    }

    private int lineEnd(int start) {
      if (!carriageReturns) {
        int newLine = text.indexOf('\n', start);
        return newLine < 0 ? text.length() : newLine;
      }
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      return end;
    }
  }

  /** How many more parentheses {@code code} opens than it closes, outside literals. */
  private static int parenthesisDepth(String code) {
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    return depth;
  }
}

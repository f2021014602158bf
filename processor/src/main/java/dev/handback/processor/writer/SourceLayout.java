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
    List<String> in = source.lines().toList();
    List<String> out = new ArrayList<>();
    Deque<CodeLayout.Context> scopes = new ArrayDeque<>();
    int i = 0;
    while (i < in.size()) {
      String line = in.get(i);
      String code = line.strip();
      int indent = line.length() - line.stripLeading().length();
      if (code.equals("/**")) {
        List<String> text = new ArrayList<>();
        for (i++; i < in.size() && !in.get(i).strip().equals("*/"); i++) {
          String content = in.get(i).stripLeading();
          text.add(content.length() > 1 ? content.substring(2) : "");
        }
        out.addAll(JavadocLayout.layout(indent, text));
        i++;
        continue;
      }
      // JavaPoet breaks parameter lists and annotation members over lines: join them again.
      int depth = parenthesisDepth(code);
      while (depth > 0 && i + 1 < in.size()) {
        String more = in.get(++i).strip();
        code += code.endsWith("(") || more.startsWith(")") ? more : " " + more;
        depth += parenthesisDepth(more);
      }
      if (code.endsWith("{") && i + 1 < in.size() && in.get(i + 1).strip().equals("}")) {
        code += "}";
        i++;
      }
      if (code.isEmpty()) {
        out.add("");
      } else if (scopes.isEmpty() && !code.endsWith("{")) {
        out.add(" ".repeat(indent) + code);
      } else {
        out.add(
            CodeLayout.layout(
                indent, code, scopes.isEmpty() ? CodeLayout.Context.MEMBER : scopes.peek()));
      }
      if (code.endsWith("{")) {
        scopes.push(
            scopes.isEmpty() || CodeLayout.declaresType(code)
                ? CodeLayout.Context.MEMBER
                : CodeLayout.Context.STATEMENT);
      } else if (code.startsWith("}")) {
        scopes.poll();
      }
      i++;
    }
    return String.join("\n", out) + "\n";
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

package dev.handback.bench.compile;

import java.io.PrintStream;
import java.util.List;

/** The head of a Markdown table as the benchmark prints them: names left, figures right. */
final class MarkdownTable {
  private MarkdownTable() {}

  /** A blank line, then the header row of {@code columns} and its rule. */
  static void printHeader(PrintStream out, List<String> columns) {
    StringBuilder header = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|---|");
    for (String column : columns) {
      header.append(' ').append(column).append(" |");
    }
    rule.append("---:|".repeat(columns.size() - 1));
    out.println();
    out.println(header);
    out.println(rule);
  }
}

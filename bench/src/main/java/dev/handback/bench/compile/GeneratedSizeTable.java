package dev.handback.bench.compile;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Prints how much each processor generates for its module: files, lines and characters per line and
 * character of the module's own sources, and, for Handback's modules, lines per kind of file, so a
 * change to one generated file shows where it lands.
 */
final class GeneratedSizeTable {
  private static final List<GeneratedFileKind> HANDBACK_KINDS =
      List.of(
          GeneratedFileKind.COMPLETER,
          GeneratedFileKind.ASYNC,
          GeneratedFileKind.OPTIONS,
          GeneratedFileKind.SIGNALS,
          GeneratedFileKind.INBOX,
          GeneratedFileKind.JSON);

  private final Collection<PreparedModule> modules;

  GeneratedSizeTable(Collection<PreparedModule> modules) {
    this.modules = modules;
  }

  void print(PrintStream out) {
    MarkdownTable.printHeader(
        out,
        List.of(
            "module",
            "input lines",
            "input chars",
            "generated files",
            "generated lines",
            "generated chars",
            "generated lines per input line",
            "generated chars per input char"));
    for (PreparedModule module : modules) {
      out.printf(
          "| %s | %d | %d | %d | %d | %d | %.1f | %.1f |%n",
          module.label(),
          module.inputLines(),
          module.inputChars(),
          module.generatedFiles(),
          module.generatedLines(),
          module.generatedChars(),
          (double) module.generatedLines() / module.inputLines(),
          (double) module.generatedChars() / module.inputChars());
    }
    out.println(
        "Lines as text.lines() counts them, blank and comment lines included, in the module's own"
            + " sources and in every file its processor writes (sources and resources).");
    printByKind(out);
  }

  /** Lines per kind of file, in all and per interface, for Handback's modules. */
  private void printByKind(PrintStream out) {
    if (modules.stream().noneMatch(module -> module.subject().isHandback())) {
      return;
    }
    List<String> columns = new ArrayList<>(List.of("module"));
    for (GeneratedFileKind kind : HANDBACK_KINDS) {
      columns.add(kind.label() + " lines (per interface)");
    }
    MarkdownTable.printHeader(out, columns);
    for (PreparedModule module : modules) {
      if (!module.subject().isHandback()) {
        continue;
      }
      Map<GeneratedFileKind, GeneratedOutput.KindSize> sizes = module.generatedByKind();
      StringBuilder line = new StringBuilder("| " + module.label() + " |");
      for (GeneratedFileKind kind : HANDBACK_KINDS) {
        GeneratedOutput.KindSize size = sizes.get(kind);
        line.append(
            size == null
                ? " – |"
                : String.format(
                    " %d (%.0f) |", size.lines(), (double) size.lines() / module.size()));
      }
      out.println(line);
    }
    out.println(
        "Per interface: the lines of that kind divided by the module's interfaces; the synthetic"
            + " interfaces are @AsyncCompletable only, so they have no Signals or Inbox.");
  }
}

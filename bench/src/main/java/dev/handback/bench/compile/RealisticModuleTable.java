package dev.handback.bench.compile;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Prints what a user of Handback pays, in a module as a team has it ({@link RealisticModule}): its
 * compilation with the processor over the same module with the generated code as ordinary sources.
 */
final class RealisticModuleTable {
  private final Map<PreparedModule, ModuleSamples> results;

  RealisticModuleTable(Map<PreparedModule, ModuleSamples> results) {
    this.results = results;
  }

  void print(PrintStream out) {
    if (results.keySet().stream().noneMatch(RealisticModuleTable::isRealistic)) {
      return;
    }
    MarkdownTable.printHeader(
        out,
        List.of(
            "realistic module",
            "own source files",
            "own lines",
            "generated files",
            "generated lines",
            "generated share of lines",
            "a÷b (min–max)",
            "a÷d (min–max)",
            "d÷b (min–max)"));
    for (Map.Entry<PreparedModule, ModuleSamples> row : results.entrySet()) {
      PreparedModule module = row.getKey();
      if (!isRealistic(module)) {
        continue;
      }
      out.printf(
          "| %s | %d | %d | %d | %d | %.0f %% | %s | %s | %s |%n",
          module.subject().units(module.size()),
          module.inputFiles(),
          module.inputLines(),
          module.generatedFiles(),
          module.generatedLines(),
          100.0 * module.generatedLines() / (module.generatedLines() + module.inputLines()),
          CompileCostTable.spread(row.getValue().ratio(Ratio.PROCESSOR_OVER_HAND_WRITTEN)),
          CompileCostTable.spread(row.getValue().ratio(Ratio.PROCESSOR_OVER_FLOOR)),
          CompileCostTable.spread(row.getValue().ratio(Ratio.FLOOR_OVER_HAND_WRITTEN)));
    }
    out.println(
        "Per interface: the interface (one method per path and an ordinary one), its"
            + " implementation, a workflow and its implementation, five records and two plain"
            + " classes. a÷b is the user-facing ratio (target ≤ 1.05 at 10 interfaces), measured"
            + " on javac alone: a build's fixed costs (Maven, JVM start) would lower it.");
  }

  private static boolean isRealistic(PreparedModule module) {
    return module.subject() == Subject.HANDBACK_REALISTIC;
  }
}

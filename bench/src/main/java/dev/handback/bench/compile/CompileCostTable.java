package dev.handback.bench.compile;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prints the compile times of every module: medians, spread, paired ratios and growth. */
final class CompileCostTable {
  private final Map<PreparedModule, ModuleSamples> results;

  CompileCostTable(Map<PreparedModule, ModuleSamples> results) {
    this.results = results;
  }

  void print(PrintStream out) {
    List<String> columns = new ArrayList<>(List.of("module"));
    for (Variant variant : Variant.values()) {
      columns.add("(" + variant.label() + ") ms");
    }
    for (Ratio ratio : Ratio.values()) {
      columns.add(ratio.label() + " (min–max)");
    }
    columns.add("a÷c");
    MarkdownTable.printHeader(out, columns);
    for (Map.Entry<PreparedModule, ModuleSamples> row : results.entrySet()) {
      ModuleSamples samples = row.getValue();
      StringBuilder line = new StringBuilder("| " + row.getKey().label() + " |");
      for (Variant variant : Variant.values()) {
        line.append(' ').append(cell(samples.millis(variant))).append(" |");
      }
      for (Ratio ratio : Ratio.values()) {
        line.append(' ').append(spread(samples.ratio(ratio))).append(" |");
      }
      Samples bare = samples.millis(Variant.BARE);
      Samples processor = samples.millis(Variant.PROCESSOR);
      out.println(
          line.append(
              bare.size() == 0 || processor.size() == 0
                  ? " – |"
                  : String.format(" %.2f |", processor.median() / bare.median())));
    }
    out.println();
    out.println(
        "Cells: median ± half the min–max range. Ratios are medians of the ratios of two"
            + " variants compiled in the same repetition.");
    printGrowth(out);
    printProcessTimes(out);
    printCpuTimes(out);
  }

  /** Growth 500 → 1000 of Handback's synthetic modules, when both sizes ran. */
  private void printGrowth(PrintStream out) {
    Optional<ModuleSamples> half = handback(500);
    Optional<ModuleSamples> full = handback(1000);
    if (half.isEmpty() || full.isEmpty()) {
      return;
    }
    StringBuilder growth =
        new StringBuilder("Growth of Handback's modules, 500 → 1000 interfaces (2.00 is linear):");
    for (Variant variant : Variant.values()) {
      Samples at1000 = full.get().millis(variant);
      if (at1000.size() > 0) {
        growth.append(
            String.format(
                " %s %.2f,",
                variant.letter(), at1000.median() / half.get().millis(variant).median()));
      }
    }
    Samples ratioAt500 = half.get().ratio(Ratio.PROCESSOR_OVER_HAND_WRITTEN);
    Samples ratioAt1000 = full.get().ratio(Ratio.PROCESSOR_OVER_HAND_WRITTEN);
    if (ratioAt500.size() > 0) {
      growth.append(
          String.format(
              " a÷b %.3f at 500 → %.3f at 1000,", ratioAt500.median(), ratioAt1000.median()));
    }
    out.println(growth.substring(0, growth.length() - 1));
  }

  /** Where (a) and the floors differ: the time inside their {@code process} calls. */
  private void printProcessTimes(PrintStream out) {
    MarkdownTable.printHeader(
        out,
        List.of(
            "module",
            "(a) in process() ms",
            "(d) in process() ms",
            "(d-json) in process() ms",
            "a − d in process() ms",
            "(a − d) ÷ (a)"));
    for (Map.Entry<PreparedModule, ModuleSamples> row : results.entrySet()) {
      ModuleSamples samples = row.getValue();
      Samples processor = samples.processMillis(Variant.PROCESSOR);
      Samples floor = samples.processMillis(Variant.FLOOR);
      if (processor.size() == 0 || floor.size() == 0) {
        continue;
      }
      double a = processor.median();
      double d = floor.median();
      out.printf(
          "| %s | %s | %s | %s | %.0f | %.1f %% |%n",
          row.getKey().label(),
          cell(processor),
          cell(floor),
          cell(samples.processMillis(Variant.FLOOR_WITHOUT_RESOURCES)),
          a - d,
          100 * (a - d) / samples.millis(Variant.PROCESSOR).median());
    }
    out.println(
        "process(): the wall time inside the processor's process calls, Filer calls"
            + " included; a − d is the processor's own work (for Handback: reading, checks, model,"
            + " JavaPoet, JSON); d − d-json the Filer's time for the model resources.");
  }

  /** (a) and (d) in CPU time: the work, wherever it ran, next to the wall time's a÷d. */
  private void printCpuTimes(PrintStream out) {
    MarkdownTable.printHeader(
        out,
        List.of(
            "module",
            "(a) CPU ms",
            "(d) CPU ms",
            "a÷d CPU (min–max)",
            "a÷d wall (min–max)",
            "(a) CPU ÷ wall"));
    for (Map.Entry<PreparedModule, ModuleSamples> row : results.entrySet()) {
      ModuleSamples samples = row.getValue();
      Samples processor = samples.cpuMillis(Variant.PROCESSOR);
      if (processor.size() == 0 || samples.cpuMillis(Variant.FLOOR).size() == 0) {
        continue;
      }
      out.printf(
          "| %s | %s | %s | %s | %s | %.2f |%n",
          row.getKey().label(),
          cell(processor),
          cell(samples.cpuMillis(Variant.FLOOR)),
          spread(samples.cpuProcessorOverFloor()),
          spread(samples.ratio(Ratio.PROCESSOR_OVER_FLOOR)),
          processor.median() / samples.millis(Variant.PROCESSOR).median());
    }
    out.println(
        "CPU: what the whole JVM used during the compilation, every thread (javac's, Handback's"
            + " rendering threads, the garbage collector's, the JIT compiler's).");
  }

  private Optional<ModuleSamples> handback(int size) {
    return results.entrySet().stream()
        .filter(e -> e.getKey().subject() == Subject.HANDBACK && e.getKey().size() == size)
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** "1234 ± 5%", or "–" without samples. */
  static String cell(Samples samples) {
    return samples.size() == 0
        ? "–"
        : String.format("%.0f ± %.0f%%", samples.median(), 100 * samples.halfRangeShare());
  }

  /** "1.234 (1.100–1.300)", or "–" without samples. */
  static String spread(Samples samples) {
    return samples.size() == 0
        ? "–"
        : String.format("%.3f (%.3f–%.3f)", samples.median(), samples.min(), samples.max());
  }
}

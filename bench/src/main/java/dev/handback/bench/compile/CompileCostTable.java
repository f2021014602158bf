package dev.handback.bench.compile;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/** Prints the compile-cost results: medians, spread, ratios, growth and generated size. */
final class CompileCostTable {
  private static final double RATIO_TARGET = 1.10;

  private final Map<PreparedModule, Map<Variant, Samples>> millis;
  private final Map<PreparedModule, Map<Variant, Samples>> processMillis;
  private final Map<PreparedModule, Map<Ratio, Samples>> pairedRatios;

  CompileCostTable(
      Map<PreparedModule, Map<Variant, Samples>> millis,
      Map<PreparedModule, Map<Variant, Samples>> processMillis,
      Map<PreparedModule, Map<Ratio, Samples>> pairedRatios) {
    this.millis = millis;
    this.processMillis = processMillis;
    this.pairedRatios = pairedRatios;
  }

  void print(PrintStream out) {
    out.println();
    StringBuilder header = new StringBuilder("| module |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Variant variant : Variant.values()) {
      header.append(" (").append(variant.label()).append(") ms |");
      rule.append("---:|");
    }
    for (Ratio ratio : Ratio.values()) {
      header.append(' ').append(ratio.label()).append(" (min–max) |");
      rule.append("---:|");
    }
    out.println(header.append(" a÷c |"));
    out.println(rule.append("---:|"));
    for (Map.Entry<PreparedModule, Map<Variant, Samples>> row : millis.entrySet()) {
      StringBuilder line = new StringBuilder("| " + row.getKey().label() + " |");
      for (Variant variant : Variant.values()) {
        line.append(' ').append(cell(row.getValue().get(variant))).append(" |");
      }
      for (Ratio ratio : Ratio.values()) {
        Samples samples = pairedRatios.get(row.getKey()).get(ratio);
        line.append(
            samples.size() == 0
                ? " – |"
                : String.format(
                    " %.3f (%.3f–%.3f) |", samples.median(), samples.min(), samples.max()));
      }
      Samples bare = row.getValue().get(Variant.BARE);
      Samples processor = row.getValue().get(Variant.PROCESSOR);
      out.println(
          line.append(
              bare.size() == 0 || processor.size() == 0
                  ? " – |"
                  : String.format(" %.2f |", processor.median() / bare.median())));
    }
    out.println();
    out.println(
        "Cells: median ± half the min–max range. Ratios are medians of the ratios of two"
            + " variants compiled in the same repetition; target a÷b ≤ "
            + RATIO_TARGET
            + ".");
    Optional<PreparedModule> half = handback(500);
    Optional<PreparedModule> full = handback(1000);
    if (half.isPresent() && full.isPresent()) {
      StringBuilder growth =
          new StringBuilder(
              "Growth of Handback's modules, 500 → 1000 interfaces (2.00 is linear):");
      for (Variant variant : Variant.values()) {
        growth.append(
            String.format(
                " %s %.2f,",
                variant.label().substring(0, 1),
                millis.get(full.get()).get(variant).size() == 0
                    ? Double.NaN
                    : millis.get(full.get()).get(variant).median()
                        / millis.get(half.get()).get(variant).median()));
      }
      out.println(growth.substring(0, growth.length() - 1));
    }
    printGeneratedSize(out);
    printProcessTimes(out);
  }

  /** How much each processor generates for its module. */
  private void printGeneratedSize(PrintStream out) {
    out.println();
    out.println(
        "| module | input lines | generated files | generated lines | generated lines per input"
            + " line |");
    out.println("|---|---:|---:|---:|---:|");
    for (PreparedModule module : millis.keySet()) {
      out.printf(
          "| %s | %d | %d | %d | %.1f |%n",
          module.label(),
          module.inputLines(),
          module.generatedFiles(),
          module.generatedLines(),
          (double) module.generatedLines() / module.inputLines());
    }
    out.println(
        "Lines as text.lines() counts them, blank and comment lines included, in the module's own"
            + " sources and in every file its processor writes (sources and resources).");
  }

  /** Where (a) and (d) differ: the time inside their {@code process} calls. */
  private void printProcessTimes(PrintStream out) {
    out.println();
    out.println(
        "| module | (a) in process() ms | (d) in process() ms | a − d in process() ms"
            + " | (a − d) ÷ (a) |");
    out.println("|---|---:|---:|---:|---:|");
    for (Map.Entry<PreparedModule, Map<Variant, Samples>> row : processMillis.entrySet()) {
      if (row.getValue().get(Variant.PROCESSOR).size() == 0
          || row.getValue().get(Variant.FLOOR).size() == 0) {
        continue;
      }
      double a = row.getValue().get(Variant.PROCESSOR).median();
      double d = row.getValue().get(Variant.FLOOR).median();
      double total = millis.get(row.getKey()).get(Variant.PROCESSOR).median();
      out.printf(
          "| %s | %s | %s | %.0f | %.1f %% |%n",
          row.getKey().label(),
          cell(row.getValue().get(Variant.PROCESSOR)),
          cell(row.getValue().get(Variant.FLOOR)),
          a - d,
          100 * (a - d) / total);
    }
    out.println(
        "process(): the wall time inside the processor's process calls, Filer calls"
            + " included; a − d is the processor's own work (for Handback: reading, checks, model,"
            + " JavaPoet, JSON).");
  }

  private Optional<PreparedModule> handback(int size) {
    return millis.keySet().stream()
        .filter(module -> module.subject() == Subject.HANDBACK && module.size() == size)
        .findFirst();
  }

  private static String cell(Samples samples) {
    return samples.size() == 0
        ? "–"
        : String.format("%.0f ± %.0f%%", samples.median(), 100 * samples.halfRangeShare());
  }
}

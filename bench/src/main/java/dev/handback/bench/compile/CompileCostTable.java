package dev.handback.bench.compile;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints the compile-cost results: medians, spread, ratios and growth. */
final class CompileCostTable {
  private static final double RATIO_TARGET = 1.10;

  private final Map<Integer, Map<Variant, Samples>> millis;
  private final Map<Integer, Map<Variant, Samples>> processMillis;
  private final Map<Integer, Map<Ratio, Samples>> pairedRatios;

  CompileCostTable(
      Map<Integer, Map<Variant, Samples>> millis,
      Map<Integer, Map<Variant, Samples>> processMillis,
      Map<Integer, Map<Ratio, Samples>> pairedRatios) {
    this.millis = millis;
    this.processMillis = processMillis;
    this.pairedRatios = pairedRatios;
  }

  void print(PrintStream out) {
    out.println();
    StringBuilder header = new StringBuilder("| interfaces |");
    StringBuilder rule = new StringBuilder("|---:|");
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
    for (Map.Entry<Integer, Map<Variant, Samples>> row : millis.entrySet()) {
      StringBuilder line = new StringBuilder("| " + row.getKey() + " |");
      for (Variant variant : Variant.values()) {
        line.append(' ').append(cell(row.getValue().get(variant))).append(" |");
      }
      for (Ratio ratio : Ratio.values()) {
        Samples samples = pairedRatios.get(row.getKey()).get(ratio);
        line.append(
            String.format(" %.3f (%.3f–%.3f) |", samples.median(), samples.min(), samples.max()));
      }
      double aOverC =
          row.getValue().get(Variant.PROCESSOR).median()
              / row.getValue().get(Variant.BARE).median();
      out.println(line.append(String.format(" %.2f |", aOverC)));
    }
    out.println();
    out.println(
        "Cells: median ± half the min–max range. Ratios are medians of the ratios of two"
            + " variants compiled in the same repetition; target a÷b ≤ "
            + RATIO_TARGET
            + ".");
    List<Integer> sizes = List.copyOf(millis.keySet());
    if (sizes.contains(500) && sizes.contains(1000)) {
      StringBuilder growth = new StringBuilder("Growth 500 → 1000 interfaces (2.00 is linear):");
      for (Variant variant : Variant.values()) {
        growth.append(String.format(" %s %.2f,", variant.label().substring(0, 1), growth(variant)));
      }
      out.println(growth.substring(0, growth.length() - 1));
    }
    printProcessTimes(out);
  }

  /** Where (a) and (d) differ: the time inside their {@code process} calls. */
  private void printProcessTimes(PrintStream out) {
    out.println();
    out.println(
        "| interfaces | (a) in process() ms | (d) in process() ms | a − d in process() ms"
            + " | (a − d) ÷ (a) |");
    out.println("|---:|---:|---:|---:|---:|");
    for (Map.Entry<Integer, Map<Variant, Samples>> row : processMillis.entrySet()) {
      double a = row.getValue().get(Variant.PROCESSOR).median();
      double d = row.getValue().get(Variant.FLOOR).median();
      double total = millis.get(row.getKey()).get(Variant.PROCESSOR).median();
      out.printf(
          "| %d | %s | %s | %.0f | %.1f %% |%n",
          row.getKey(),
          cell(row.getValue().get(Variant.PROCESSOR)),
          cell(row.getValue().get(Variant.FLOOR)),
          a - d,
          100 * (a - d) / total);
    }
    out.println(
        "process(): the wall time inside the processor's process calls, Filer calls"
            + " included; a − d is Handback's own work (reading, checks, model, JavaPoet, JSON).");
  }

  private double growth(Variant variant) {
    return millis.get(1000).get(variant).median() / millis.get(500).get(variant).median();
  }

  private static String cell(Samples samples) {
    return String.format("%.0f ± %.0f%%", samples.median(), 100 * samples.halfRangeShare());
  }
}

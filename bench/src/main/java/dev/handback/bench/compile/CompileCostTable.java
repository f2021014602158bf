package dev.handback.bench.compile;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints the compile-cost results: medians, spread, ratios and growth. */
final class CompileCostTable {
  private static final double RATIO_TARGET = 1.10;

  private final Map<Integer, Map<Variant, Samples>> millis;
  private final Map<Integer, Samples> pairedRatios;

  CompileCostTable(Map<Integer, Map<Variant, Samples>> millis, Map<Integer, Samples> pairedRatios) {
    this.millis = millis;
    this.pairedRatios = pairedRatios;
  }

  void print(PrintStream out) {
    out.println();
    out.println("| interfaces | (a) processor ms | (b) generated as sources ms | (c) bare ms "
        + "| a÷b (paired, min–max) | a÷c |");
    out.println("|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<Integer, Map<Variant, Samples>> row : millis.entrySet()) {
      Samples a = row.getValue().get(Variant.PROCESSOR);
      Samples b = row.getValue().get(Variant.HAND_WRITTEN);
      Samples c = row.getValue().get(Variant.BARE);
      Samples ratio = pairedRatios.get(row.getKey());
      out.printf("| %d | %s | %s | %s | %.3f (%.3f–%.3f) | %.2f |%n", row.getKey(), cell(a), cell(b),
          cell(c), ratio.median(), ratio.min(), ratio.max(), a.median() / c.median());
    }
    out.println();
    out.println("Cells: median ± half the min–max range. a÷b is the median of the ratios of"
        + " (a) and (b) compiled back to back; target ≤ " + RATIO_TARGET + ".");
    List<Integer> sizes = List.copyOf(millis.keySet());
    if (sizes.contains(500) && sizes.contains(1000)) {
      out.printf("Growth 500 → 1000 interfaces (2.00 is linear): a %.2f, b %.2f, c %.2f%n",
          growth(Variant.PROCESSOR), growth(Variant.HAND_WRITTEN), growth(Variant.BARE));
    }
  }

  private double growth(Variant variant) {
    return millis.get(1000).get(variant).median() / millis.get(500).get(variant).median();
  }

  private static String cell(Samples samples) {
    return String.format("%.0f ± %.0f%%", samples.median(), 100 * samples.halfRangeShare());
  }
}

package dev.handback.bench.runtime;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.Map;

/** Prints the run-time results: completions per second and the ratio generated ÷ raw. */
final class CompletionCostTable {
  private static final double RATIO_TARGET = 0.97;

  private final Map<String, Map<Replier, Samples>> rates;
  private final Map<String, Samples> pairedRatios;

  CompletionCostTable(Map<String, Map<Replier, Samples>> rates, Map<String, Samples> pairedRatios) {
    this.rates = rates;
    this.pairedRatios = pairedRatios;
  }

  void print(PrintStream out) {
    out.println();
    out.println(
        "| server | generated completer /s | raw ActivityCompletionClient /s"
            + " | generated ÷ raw (per batch, min–max) |");
    out.println("|---|---:|---:|---:|");
    for (Map.Entry<String, Map<Replier, Samples>> row : rates.entrySet()) {
      Samples generated = row.getValue().get(Replier.GENERATED);
      Samples raw = row.getValue().get(Replier.RAW);
      Samples ratio = pairedRatios.get(row.getKey());
      out.printf(
          "| %s | %s | %s | %.3f (%.3f–%.3f) |%n",
          row.getKey(), cell(generated), cell(raw), ratio.median(), ratio.min(), ratio.max());
    }
    out.println();
    out.println(
        "Cells: median over batches of completions per second of each completer's own calls"
            + " ± half the min–max range; the ratio is the median of the per-batch ratios, whose calls"
            + " were interleaved; target ≥ "
            + RATIO_TARGET
            + ".");
  }

  private static String cell(Samples samples) {
    return String.format("%.0f ± %.0f%%", samples.median(), 100 * samples.halfRangeShare());
  }
}

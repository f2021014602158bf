package dev.handback.bench.runtime;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.Map;

/** Prints the run-time results: completions per second and the ratio generated ÷ raw. */
final class CompletionCostTable {
  private static final double RATIO_TARGET = 0.97;

  private final Map<String, Map<Replier, Samples>> rates;

  CompletionCostTable(Map<String, Map<Replier, Samples>> rates) {
    this.rates = rates;
  }

  void print(PrintStream out) {
    out.println();
    out.println("| server | generated completer /s | raw ActivityCompletionClient /s | generated ÷ raw |");
    out.println("|---|---:|---:|---:|");
    for (Map.Entry<String, Map<Replier, Samples>> row : rates.entrySet()) {
      Samples generated = row.getValue().get(Replier.GENERATED);
      Samples raw = row.getValue().get(Replier.RAW);
      out.printf("| %s | %s | %s | %.3f |%n", row.getKey(), cell(generated), cell(raw),
          generated.median() / raw.median());
    }
    out.println();
    out.println("Cells: median completions per second ± half the min–max range; target generated ÷ raw ≥ "
        + RATIO_TARGET + ".");
  }

  private static String cell(Samples samples) {
    return String.format("%.0f ± %.0f%%", samples.median(), 100 * samples.halfRangeShare());
  }
}

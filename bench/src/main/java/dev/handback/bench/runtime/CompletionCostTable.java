package dev.handback.bench.runtime;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.Map;

/**
 * Prints the run-time results: completions per second of each {@link Replier}, the ratios of the
 * paired batches, and the lookup's share of a reply by business key.
 */
final class CompletionCostTable {
  private static final double RATIO_TARGET = 0.97;

  /** The per-batch ratios the table shows, as in {@link CompletionCostBenchmark}. */
  enum Ratio {
    TOKEN_RAW("token handle ÷ raw"),
    IDS_TOKEN("by ids ÷ token handle"),
    BUSINESS_KEY_TOKEN("business key ÷ token handle"),
    BUSINESS_KEY_IDS("business key ÷ by ids");

    final String label;

    Ratio(String label) {
      this.label = label;
    }
  }

  private final Map<String, Map<Replier, Samples>> rates;
  private final Map<String, Map<Ratio, Samples>> ratios;
  private final Map<String, Samples> lookupMicros;

  CompletionCostTable(
      Map<String, Map<Replier, Samples>> rates,
      Map<String, Map<Ratio, Samples>> ratios,
      Map<String, Samples> lookupMicros) {
    this.rates = rates;
    this.ratios = ratios;
    this.lookupMicros = lookupMicros;
  }

  void print(PrintStream out) {
    out.println();
    StringBuilder header = new StringBuilder("| server |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Replier replier : Replier.values()) {
      header.append(' ').append(replier.label()).append(" /s |");
      rule.append("---:|");
    }
    out.println(header);
    out.println(rule);
    for (Map.Entry<String, Map<Replier, Samples>> row : rates.entrySet()) {
      StringBuilder line = new StringBuilder("| ").append(row.getKey()).append(" |");
      for (Replier replier : Replier.values()) {
        line.append(' ').append(cell(row.getValue().get(replier))).append(" |");
      }
      out.println(line);
    }
    out.println();
    StringBuilder ratioHeader = new StringBuilder("| server |");
    StringBuilder ratioRule = new StringBuilder("|---|");
    for (Ratio ratio : Ratio.values()) {
      ratioHeader.append(' ').append(ratio.label).append(" |");
      ratioRule.append("---:|");
    }
    out.println(ratioHeader.append(" lookup (DescribeWorkflowExecution) µs |"));
    out.println(ratioRule.append("---:|"));
    for (Map.Entry<String, Map<Ratio, Samples>> row : ratios.entrySet()) {
      StringBuilder line = new StringBuilder("| ").append(row.getKey()).append(" |");
      for (Ratio ratio : Ratio.values()) {
        Samples samples = row.getValue().get(ratio);
        line.append(
            String.format(" %.3f (%.3f–%.3f) |", samples.median(), samples.min(), samples.max()));
      }
      Samples lookup = lookupMicros.get(row.getKey());
      line.append(
          String.format(" %.0f (%.0f–%.0f) |", lookup.median(), lookup.min(), lookup.max()));
      out.println(line);
    }
    out.println();
    out.println(
        "Rates: median over batches of completions per second of each variant's own calls ±"
            + " half the min–max range. Ratios: medians (min–max) of the per-batch ratios of"
            + " rates, whose calls were interleaved; target for token handle ÷ raw ≥ "
            + RATIO_TARGET
            + ". Lookup: per batch, the mean time of a reply by business key minus that of a"
            + " reply by ids, which differ by the DescribeWorkflowExecution round trip.");
  }

  private static String cell(Samples samples) {
    return String.format("%.0f ± %.0f%%", samples.median(), 100 * samples.halfRangeShare());
  }
}

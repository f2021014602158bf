package dev.handback.bench.compile;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the run's figures against issue 18's targets, each with the median and spread it rests on;
 * a target whose modules did not run is left out.
 */
final class IssueTargets {
  private static final double OWN_WORK_TARGET = 1.05;
  private static final double LINES_PER_INPUT_LINE_TARGET = 8.0;
  private static final double REALISTIC_TARGET = 1.05;
  private static final double GROWTH_TARGET = 2.0;

  private final Map<PreparedModule, ModuleSamples> results;

  IssueTargets(Map<PreparedModule, ModuleSamples> results) {
    this.results = results;
  }

  void print(PrintStream out) {
    List<String> lines = new ArrayList<>();
    peers().ifPresent(lines::add);
    for (Map.Entry<PreparedModule, ModuleSamples> row : modules(Subject.HANDBACK)) {
      Samples ownWork = row.getValue().ratio(Ratio.PROCESSOR_OVER_FLOOR);
      if (ownWork.size() > 0) {
        lines.add(
            verdict(
                ownWork.median() <= OWN_WORK_TARGET,
                String.format(
                    "a÷d ≤ %.2f at %d interfaces: %s (in CPU time, every thread: %s)",
                    OWN_WORK_TARGET,
                    row.getKey().size(),
                    CompileCostTable.spread(ownWork),
                    CompileCostTable.spread(row.getValue().cpuProcessorOverFloor()))));
      }
    }
    modules(Subject.HANDBACK).stream()
        .map(Map.Entry::getKey)
        .max(Comparator.comparingInt(PreparedModule::size))
        .ifPresent(
            module -> {
              double perLine = (double) module.generatedLines() / module.inputLines();
              lines.add(
                  verdict(
                      perLine <= LINES_PER_INPUT_LINE_TARGET,
                      String.format(
                          "generated lines per input line ≤ %.0f× (%s): %.1f×",
                          LINES_PER_INPUT_LINE_TARGET, module.label(), perLine)));
            });
    for (Map.Entry<PreparedModule, ModuleSamples> row : modules(Subject.HANDBACK_REALISTIC)) {
      Samples ratio = row.getValue().ratio(Ratio.PROCESSOR_OVER_HAND_WRITTEN);
      if (ratio.size() > 0 && row.getKey().size() >= 10) {
        lines.add(
            verdict(
                ratio.median() <= REALISTIC_TARGET,
                String.format(
                    "realistic module a÷b ≤ %.2f at %d interfaces: %s",
                    REALISTIC_TARGET, row.getKey().size(), CompileCostTable.spread(ratio))));
      }
    }
    growth().ifPresent(lines::add);
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println("Against issue 18's targets (medians; the spreads say how firm):");
    lines.forEach(line -> out.println("- " + line));
  }

  /** Handback's a÷b at 500 interfaces (or its largest module) against each peer's. */
  private Optional<String> peers() {
    Optional<Map.Entry<PreparedModule, ModuleSamples>> handback =
        modules(Subject.HANDBACK).stream()
            .filter(row -> row.getKey().size() == 500)
            .findFirst()
            .or(
                () ->
                    modules(Subject.HANDBACK).stream()
                        .max(Comparator.comparingInt(row -> row.getKey().size())));
    List<Map.Entry<PreparedModule, ModuleSamples>> peers = new ArrayList<>();
    peers.addAll(modules(Subject.AUTO_VALUE));
    peers.addAll(modules(Subject.MAPSTRUCT));
    if (handback.isEmpty() || peers.isEmpty()) {
      return Optional.empty();
    }
    Samples own = handback.get().getValue().ratio(Ratio.PROCESSOR_OVER_HAND_WRITTEN);
    if (own.size() == 0) {
      return Optional.empty();
    }
    boolean below = true;
    StringBuilder text =
        new StringBuilder(
            String.format(
                "a÷b below the peers': %s %s",
                handback.get().getKey().label(), CompileCostTable.spread(own)));
    for (Map.Entry<PreparedModule, ModuleSamples> peer : peers) {
      Samples theirs = peer.getValue().ratio(Ratio.PROCESSOR_OVER_HAND_WRITTEN);
      below &= own.median() < theirs.median();
      text.append(String.format("; %s %s", peer.getKey().label(), CompileCostTable.spread(theirs)));
    }
    return Optional.of(verdict(below, text.toString()));
  }

  /** Growth of (a), 500 → 1000 interfaces. */
  private Optional<String> growth() {
    Optional<ModuleSamples> half = handback(500);
    Optional<ModuleSamples> full = handback(1000);
    if (half.isEmpty() || full.isEmpty() || half.get().millis(Variant.PROCESSOR).size() == 0) {
      return Optional.empty();
    }
    double growth =
        full.get().millis(Variant.PROCESSOR).median()
            / half.get().millis(Variant.PROCESSOR).median();
    return Optional.of(
        verdict(
            growth <= GROWTH_TARGET,
            String.format("growth of (a) 500 → 1000 ≤ %.1f×: %.2f×", GROWTH_TARGET, growth)));
  }

  private Optional<ModuleSamples> handback(int size) {
    return modules(Subject.HANDBACK).stream()
        .filter(row -> row.getKey().size() == size)
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private List<Map.Entry<PreparedModule, ModuleSamples>> modules(Subject subject) {
    return results.entrySet().stream().filter(row -> row.getKey().subject() == subject).toList();
  }

  private static String verdict(boolean met, String text) {
    return (met ? "met: " : "missed: ") + text;
  }
}

package dev.handback.bench.compile;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Prints what writing the model resources (one JSON file per interface) costs: the floor (d) over
 * the floor without them (d-json), paired within each repetition, as a share of (a) and of (d). It
 * is the most that carrying the model inside a generated class file could save.
 */
final class ModelResourceTable {
  private final Map<PreparedModule, ModuleSamples> results;

  ModelResourceTable(Map<PreparedModule, ModuleSamples> results) {
    this.results = results;
  }

  void print(PrintStream out) {
    if (results.values().stream().allMatch(s -> s.resourcesOverFloor().size() == 0)) {
      return;
    }
    MarkdownTable.printHeader(
        out,
        List.of(
            "module",
            "JSON files",
            "JSON lines",
            "(d) ms",
            "(d-json) ms",
            "d − d-json ms",
            "(d − d-json) ÷ (a) (min–max)",
            "(d − d-json) ÷ (d) (min–max)",
            "d − d-json in process() ms"));
    for (Map.Entry<PreparedModule, ModuleSamples> row : results.entrySet()) {
      ModuleSamples samples = row.getValue();
      if (samples.resourcesOverFloor().size() == 0) {
        continue;
      }
      GeneratedOutput.KindSize json =
          row.getKey()
              .generatedByKind()
              .getOrDefault(GeneratedFileKind.JSON, new GeneratedOutput.KindSize(0, 0, 0));
      Samples floor = samples.millis(Variant.FLOOR);
      Samples withoutResources = samples.millis(Variant.FLOOR_WITHOUT_RESOURCES);
      out.printf(
          "| %s | %d | %d | %s | %s | %.0f | %s | %s | %.0f |%n",
          row.getKey().label(),
          json.files(),
          json.lines(),
          CompileCostTable.cell(floor),
          CompileCostTable.cell(withoutResources),
          floor.median() - withoutResources.median(),
          percent(samples.resourcesOverProcessor()),
          percent(samples.resourcesOverFloor()),
          samples.processMillis(Variant.FLOOR).median()
              - samples.processMillis(Variant.FLOOR_WITHOUT_RESOURCES).median());
    }
    out.println(
        "d-json: the floor writing the same sources but not the model resources. d − d-json is"
            + " what the per-interface JSON costs any processor that writes it: the upper bound"
            + " of what carrying the model inside a class file could save.");
  }

  private static String percent(Samples samples) {
    return String.format(
        "%.1f %% (%.1f–%.1f %%)", 100 * samples.median(), 100 * samples.min(), 100 * samples.max());
  }
}

package dev.handback.bench.maven;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the pairs of {@code mvn compile} builds of the realistic module, per size, and prints
 * their wall times, the ratio a÷b of each pair, the compiler step's share of it, and the load.
 */
final class RealisticBuildTable {
  private static final String COMPILER = "compiler:compile";

  /** The samples of one size. */
  private static final class Row {
    final Samples processorWall = new Samples();
    final Samples sourcesWall = new Samples();
    final Samples wallRatio = new Samples();
    final Samples processorCompiler = new Samples();
    final Samples sourcesCompiler = new Samples();
    final Samples compilerRatio = new Samples();
    final Samples load = new Samples();
  }

  private final Map<Integer, Row> rows = new LinkedHashMap<>();

  /** Adds one pair: (a) with the processor and (b) with its output as sources, of one size. */
  void add(int size, RealisticModuleBuilds.Measured a, RealisticModuleBuilds.Measured b) {
    Row row = rows.computeIfAbsent(size, unused -> new Row());
    double aWall = a.build().wallMillis();
    double bWall = b.build().wallMillis();
    double aCompiler = a.build().mojoMillis().getOrDefault(COMPILER, Double.NaN);
    double bCompiler = b.build().mojoMillis().getOrDefault(COMPILER, Double.NaN);
    row.processorWall.add(aWall);
    row.sourcesWall.add(bWall);
    row.wallRatio.add(aWall / bWall);
    row.processorCompiler.add(aCompiler);
    row.sourcesCompiler.add(bCompiler);
    row.compilerRatio.add(aCompiler / bCompiler);
    row.load.add(a.load());
    row.load.add(b.load());
  }

  void print(PrintStream out) {
    out.println();
    out.println(
        "| realistic module | (a) processor: mvn compile ms | (b) generated as sources: mvn"
            + " compile ms | a÷b (min–max) | (a) compiler:compile ms | (b) compiler:compile ms"
            + " | compiler:compile a÷b (min–max) | load before the builds (median, min–max) |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    rows.forEach(
        (size, row) ->
            out.printf(
                "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                interfaces(size),
                MavenStepTable.cell(row.processorWall),
                MavenStepTable.cell(row.sourcesWall),
                spread(row.wallRatio, "%.3f"),
                MavenStepTable.cell(row.processorCompiler),
                MavenStepTable.cell(row.sourcesCompiler),
                spread(row.compilerRatio, "%.3f"),
                spread(row.load, "%.2f")));
    out.println(
        "Cells: median ± half the min–max range; ratios are medians of the ratios of the builds"
            + " paired in one repetition. a÷b is issue 18's realistic-module ratio (target ≤ 1.05 at"
            + " 10 interfaces) as a build measures it: Maven's and the JVM's start, resources and"
            + " the compiler plugin are in both builds. Load: one-minute average, before each build.");
  }

  /** "1 interface", "10 interfaces". */
  static String interfaces(int size) {
    return size + (size == 1 ? " interface" : " interfaces");
  }

  private static String spread(Samples samples, String number) {
    return String.format(
        number + " (" + number + "–" + number + ")",
        samples.median(),
        samples.min(),
        samples.max());
  }
}

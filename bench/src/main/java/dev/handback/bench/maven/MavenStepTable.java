package dev.handback.bench.maven;

import dev.handback.bench.Samples;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects pairs of builds (without and with the plugin's goals) and prints the builds' wall times,
 * each goal's time, and the plugin's share of {@code mvn compile}.
 */
final class MavenStepTable {
  private static final String PLUGIN_PREFIX = "handback:";
  private static final String COMPILER = "compiler:compile";

  private final Samples compileWall = new Samples();
  private final Samples pluginWall = new Samples();
  private final Samples compilerInCompile = new Samples();
  private final Samples compilerInPlugin = new Samples();
  private final Map<String, Samples> goals = new LinkedHashMap<>();
  private final Samples allGoals = new Samples();
  private final Samples goalShare = new Samples();
  private final Samples wallShare = new Samples();

  /** The plugin's goals' time in {@code build}, from its log. */
  static double goalMillis(MavenRunner.Build build) {
    return build.mojoMillis().entrySet().stream()
        .filter(mojo -> mojo.getKey().startsWith(PLUGIN_PREFIX))
        .mapToDouble(Map.Entry::getValue)
        .sum();
  }

  void add(MavenRunner.Build compile, MavenRunner.Build withPlugin) {
    compileWall.add(compile.wallMillis());
    pluginWall.add(withPlugin.wallMillis());
    compilerInCompile.add(compile.mojoMillis().getOrDefault(COMPILER, Double.NaN));
    compilerInPlugin.add(withPlugin.mojoMillis().getOrDefault(COMPILER, Double.NaN));
    withPlugin
        .mojoMillis()
        .forEach(
            (mojo, ms) -> {
              if (mojo.startsWith(PLUGIN_PREFIX)) {
                goals.computeIfAbsent(mojo, name -> new Samples()).add(ms);
              }
            });
    double goalsMs = goalMillis(withPlugin);
    allGoals.add(goalsMs);
    goalShare.add(goalsMs / compile.wallMillis());
    wallShare.add((withPlugin.wallMillis() - compile.wallMillis()) / compile.wallMillis());
  }

  void print(PrintStream out) {
    out.println();
    out.println("| build | wall ms | of which compiler:compile ms |");
    out.println("|---|---:|---:|");
    out.printf(
        "| %s | %s | %s |%n",
        BuildVariant.COMPILE.label(), cell(compileWall), cell(compilerInCompile));
    out.printf(
        "| %s | %s | %s |%n",
        BuildVariant.WITH_PLUGIN.label(), cell(pluginWall), cell(compilerInPlugin));
    out.println();
    out.println("| plugin goal | ms |");
    out.println("|---|---:|");
    goals.forEach((goal, ms) -> out.printf("| %s | %s |%n", goal, cell(ms)));
    out.printf("| all three | %s |%n", cell(allGoals));
    out.println();
    out.printf(
        "Plugin's share of mvn compile: goals ÷ mvn compile = %s;"
            + " wall difference (with − without) ÷ mvn compile = %s%n",
        share(goalShare), share(wallShare));
    out.println(
        "Cells: median ± half the min–max range. A goal's time runs from its log line to the"
            + " next one (Maven's own timestamps); shares are medians of the pairs, min–max in brackets.");
  }

  /** A cell of a table of times: the median ± half the min–max range. */
  static String cell(Samples samples) {
    return String.format("%.0f ± %.0f%%", samples.median(), 100 * samples.halfRangeShare());
  }

  private static String share(Samples samples) {
    return String.format(
        "%.1f %% (%.1f–%.1f %%)", 100 * samples.median(), 100 * samples.min(), 100 * samples.max());
  }
}

package dev.handback.bench.maven;

import dev.handback.bench.Flags;
import dev.handback.bench.compile.SyntheticModule;
import java.util.List;

/**
 * The Maven plugin's share of a build: the synthetic worker module in a throw-away Maven project,
 * built alternately by {@code mvn compile} and by {@code mvn compile} followed by the plugin's
 * goals ({@code check} with a policy, {@code contract}, {@code completer-jar}), each build in a
 * fresh Maven process from a clean {@code target/}. The first build fills the project's private
 * repository from the user's; every later one runs offline.
 *
 * <p>Flags: {@code --size=500 --reps=3 --warmup=1}; a repetition is one build of each kind, in
 * alternating order.
 */
public final class MavenStepBenchmark {

  private MavenStepBenchmark() {}

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) {
    Flags flags = Flags.parse(args);
    int size = flags.integer("size", 500);
    int reps = flags.integer("reps", 3);
    int warmup = flags.integer("warmup", 1);
    MavenStepSettings settings = MavenStepSettings.load();
    ThrowAwayProject project =
        ThrowAwayProject.write(settings.work().resolve("project"), size, settings);
    MavenRunner maven = new MavenRunner(project, settings, settings.work().resolve("logs"));
    System.out.printf(
        "Maven step: a module of %d interfaces x %d methods in %s, Maven %s, JDK %s;"
            + " %d warm-up and %d measured pairs of builds%n",
        size,
        SyntheticModule.METHODS_PER_INTERFACE,
        project.dir(),
        settings.mavenVersion(),
        System.getProperty("java.version"),
        warmup,
        reps);

    MavenRunner.Build priming = maven.run(BuildVariant.WITH_PLUGIN, false);
    System.out.printf(
        "  priming build (fills the private repository): %.0f ms%n", priming.wallMillis());
    for (int round = 0; round < warmup; round++) {
      for (BuildVariant variant : BuildVariant.values()) {
        System.out.printf(
            "  warm-up, %s: %.0f ms%n", variant.label(), maven.run(variant, true).wallMillis());
      }
    }
    MavenStepTable table = new MavenStepTable();
    for (int rep = 0; rep < reps; rep++) {
      List<BuildVariant> order =
          rep % 2 == 0
              ? List.of(BuildVariant.COMPILE, BuildVariant.WITH_PLUGIN)
              : List.of(BuildVariant.WITH_PLUGIN, BuildVariant.COMPILE);
      MavenRunner.Build first = maven.run(order.get(0), true);
      MavenRunner.Build second = maven.run(order.get(1), true);
      boolean compileFirst = order.get(0) == BuildVariant.COMPILE;
      MavenRunner.Build compile = compileFirst ? first : second;
      MavenRunner.Build withPlugin = compileFirst ? second : first;
      table.add(compile, withPlugin);
      System.out.printf(
          "  rep %d: mvn compile %.0f ms, with the plugin's goals %.0f ms (goals %.0f ms)%n",
          rep + 1,
          compile.wallMillis(),
          withPlugin.wallMillis(),
          MavenStepTable.goalMillis(withPlugin));
    }
    table.print(System.out);
  }
}

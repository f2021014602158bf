package dev.handback.bench.maven;

import dev.handback.bench.Flags;
import dev.handback.bench.compile.LoadAverage;
import dev.handback.bench.compile.SyntheticModule;
import java.util.List;

/**
 * Handback in a Maven build, two measurements, each build in a fresh Maven process from a clean
 * {@code target/}, the first build of each project filling the private repository from the user's
 * and every later one offline:
 *
 * <ul>
 *   <li>the Maven plugin's share of a build: the synthetic worker module in a throw-away project,
 *       built alternately by {@code mvn compile} and by {@code mvn compile} followed by the
 *       plugin's goals ({@code check} with a policy, {@code contract}, {@code completer-jar});
 *   <li>the processor's cost as a user meets it (issue 18's realistic-module ratio): {@code mvn
 *       compile} of the realistic module with the processor over the same module with the
 *       processor's output as sources ({@link RealisticModuleBuilds}).
 * </ul>
 *
 * <p>Flags: {@code --size=500 --realistic=1,10 --reps=3 --warmup=1}; {@code --size=0} skips the
 * plugin's share, {@code --realistic=} the realistic modules. A repetition is one build of each
 * kind, in alternating order.
 */
public final class MavenStepBenchmark {

  private MavenStepBenchmark() {}

  /** Runs the benchmark and prints its tables. */
  public static void main(String[] args) {
    Flags flags = Flags.parse(args);
    int size = flags.integer("size", 500);
    List<Integer> realistic = flags.integers("realistic", List.of(1, 10));
    int reps = flags.integer("reps", 3);
    int warmup = flags.integer("warmup", 1);
    MavenStepSettings settings = MavenStepSettings.load();
    if (size > 0) {
      pluginShare(settings, size, reps, warmup);
    }
    if (!realistic.isEmpty()) {
      realisticModules(settings, realistic, reps, warmup);
    }
  }

  private static void pluginShare(MavenStepSettings settings, int size, int reps, int warmup) {
    ThrowAwayProject project =
        ThrowAwayProject.create(
            settings.work().resolve("project"),
            "synthetic-worker",
            AnnotationProcessing.HANDBACK,
            settings);
    SyntheticModule.write(project.sources(), size);
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

  private static void realisticModules(
      MavenStepSettings settings, List<Integer> sizes, int reps, int warmup) {
    System.out.printf(
        "%nRealistic modules in Maven: mvn compile with the processor (a) and with its output as"
            + " sources (b), interfaces %s, Maven %s, JDK %s, %d cores, load average %.2f at the"
            + " start; %d warm-up and %d measured pairs of builds per size%n",
        sizes,
        settings.mavenVersion(),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        LoadAverage.now(),
        warmup,
        reps);
    RealisticBuildTable table = new RealisticBuildTable();
    for (int size : sizes) {
      RealisticModuleBuilds.prepare(size, settings).measure(warmup, reps, table);
    }
    table.print(System.out);
  }
}

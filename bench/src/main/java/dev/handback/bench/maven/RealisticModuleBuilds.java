package dev.handback.bench.maven;

import dev.handback.bench.Directories;
import dev.handback.bench.compile.LoadAverage;
import dev.handback.bench.compile.RealisticModule;
import dev.handback.processor.writer.ModelJsonWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/**
 * The realistic module ({@link RealisticModule}) of one size built by Maven in two throw-away
 * projects: (a) with Handback's processor on the annotation processor path, and (b) with the
 * processor's output of (a)'s first build among its sources — every generated {@code .java} and the
 * model resources — and no annotation processing, as a team that checked the generated code in
 * builds it. Both builds end with the same {@code target/classes}; {@link #prepare} checks it.
 */
final class RealisticModuleBuilds {
  private final int size;
  private final MavenRunner withProcessor;
  private final MavenRunner generatedAsSources;

  private RealisticModuleBuilds(
      int size, MavenRunner withProcessor, MavenRunner generatedAsSources) {
    this.size = size;
    this.withProcessor = withProcessor;
    this.generatedAsSources = generatedAsSources;
  }

  /**
   * Writes both projects of {@code size} interfaces, builds (a) once online (which also fills the
   * private repository), copies its generated sources and model resources into (b), builds (b)
   * once, and checks that both produced the same files.
   *
   * @throws IllegalStateException if a build fails or the two builds' outputs differ
   */
  static RealisticModuleBuilds prepare(int size, MavenStepSettings settings) {
    Path root = settings.work().resolve("realistic-" + size);
    ThrowAwayProject processed =
        ThrowAwayProject.create(
            root.resolve("processor"),
            "realistic-" + size + "-processor",
            AnnotationProcessing.HANDBACK,
            settings);
    ThrowAwayProject checkedIn =
        ThrowAwayProject.create(
            root.resolve("generated-as-sources"),
            "realistic-" + size + "-generated-as-sources",
            AnnotationProcessing.NONE,
            settings);
    int ownSources = RealisticModule.write(processed.sources(), size).size();
    RealisticModule.write(checkedIn.sources(), size);
    MavenRunner a = new MavenRunner(processed, settings, root.resolve("logs/processor"));
    MavenRunner b = new MavenRunner(checkedIn, settings, root.resolve("logs/generated-as-sources"));

    a.run(BuildVariant.COMPILE, false);
    int generated = Directories.copy(processed.generatedSources(), checkedIn.sources());
    int models =
        Directories.copy(
            processed.classes().resolve(ModelJsonWriter.DIRECTORY),
            checkedIn.resources().resolve(ModelJsonWriter.DIRECTORY));
    b.run(BuildVariant.COMPILE, false);
    SortedSet<String> output = sameOutput(processed, checkedIn);
    System.out.printf(
        "  realistic module, %s: %d own sources; (b) holds (a)'s generated sources (%d) and"
            + " model resources (%d); both builds produce the same %d files in target/classes (%d"
            + " class files)%n",
        RealisticBuildTable.interfaces(size),
        ownSources,
        generated,
        models,
        output.size(),
        output.stream().filter(file -> file.endsWith(".class")).count());
    return new RealisticModuleBuilds(size, a, b);
  }

  /**
   * Runs {@code warmup} unrecorded and {@code reps} recorded pairs of offline builds, alternating
   * which of (a) and (b) goes first, and adds each recorded pair to {@code table}.
   */
  void measure(int warmup, int reps, RealisticBuildTable table) {
    for (int round = 0; round < warmup + reps; round++) {
      boolean processorFirst = round % 2 == 0;
      Measured first = build(processorFirst ? withProcessor : generatedAsSources);
      Measured second = build(processorFirst ? generatedAsSources : withProcessor);
      Measured a = processorFirst ? first : second;
      Measured b = processorFirst ? second : first;
      boolean warm = round < warmup;
      System.out.printf(
          "  %s, %s %d: (a) processor %.0f ms (load %.2f), (b) generated as sources"
              + " %.0f ms (load %.2f), a÷b %.3f%n",
          RealisticBuildTable.interfaces(size),
          warm ? "warm-up" : "rep",
          warm ? round + 1 : round - warmup + 1,
          a.build().wallMillis(),
          a.load(),
          b.build().wallMillis(),
          b.load(),
          a.build().wallMillis() / b.build().wallMillis());
      if (!warm) {
        table.add(size, a, b);
      }
    }
  }

  /** One build and the machine's one-minute load average just before it. */
  record Measured(MavenRunner.Build build, double load) {}

  private static Measured build(MavenRunner maven) {
    double load = LoadAverage.now();
    return new Measured(maven.run(BuildVariant.COMPILE, true), load);
  }

  private static SortedSet<String> sameOutput(ThrowAwayProject a, ThrowAwayProject b) {
    SortedSet<String> fromA = Directories.files(a.classes());
    SortedSet<String> fromB = Directories.files(b.classes());
    if (!fromA.equals(fromB)) {
      throw new IllegalStateException(
          "The two builds of the realistic module produced different files, so their times do not"
              + " compare: only with the processor "
              + difference(fromA, fromB)
              + ", only with the generated sources "
              + difference(fromB, fromA)
              + " (under "
              + a.classes()
              + " and "
              + b.classes()
              + ")");
    }
    return fromA;
  }

  private static List<String> difference(SortedSet<String> left, SortedSet<String> right) {
    return left.stream().filter(file -> !right.contains(file)).toList();
  }
}

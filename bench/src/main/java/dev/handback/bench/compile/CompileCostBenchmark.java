package dev.handback.bench.compile;

import dev.handback.bench.Directories;
import dev.handback.bench.Flags;
import dev.handback.bench.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;

/**
 * The processor's cost at compile time, next to its peers': synthetic modules of several sizes
 * (Handback's, and AutoValue's and MapStruct's, see {@link Subject}) and Handback's realistic
 * modules ({@link RealisticModule}) compiled (a) with the processor, (b) without it but with its
 * output added as ordinary sources, (c) bare, (d) with the {@link FloorProcessor}, which writes the
 * processor's precomputed output through the Filer, and (d-json) with the floor writing the sources
 * only; the variants and modules alternate within each repetition, so drift and noise from other
 * processes hit all of them alike.
 *
 * <p>Flags: {@code --sizes=100,500,1000 --realistic=1,10 --realistic-rounds=5
 * --peers=autovalue:500,mapstruct:200 --reps=3 --warmup=2 --variants=a,d,d-json,b,c} (the order
 * within a repetition); {@code --variants=a} runs only some variants, for example under a profiler,
 * and {@code --peers=} and {@code --realistic=} none of those modules. The realistic modules, small
 * and quick, are compiled {@code --realistic-rounds} times per repetition, the order alternating,
 * each round paired on its own.
 */
public final class CompileCostBenchmark {
  private final Javac javac = new Javac();
  private final Path root;

  private final List<Variant> variants;
  private final int realisticRounds;

  private CompileCostBenchmark(Path root, List<Variant> variants, int realisticRounds) {
    this.root = root;
    this.variants = variants;
    this.realisticRounds = realisticRounds;
  }

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) throws IOException {
    Flags flags = Flags.parse(args);
    List<Integer> sizes = flags.integers("sizes", List.of(100, 500, 1000));
    List<String> realistic = flags.words("realistic", List.of("1", "10"));
    int realisticRounds = flags.integer("realistic-rounds", 5);
    List<String> peers = flags.words("peers", List.of("autovalue:500", "mapstruct:200"));
    int reps = flags.integer("reps", 3);
    int warmup = flags.integer("warmup", 2);
    List<Variant> variants =
        flags.words("variants", List.of("a", "d", "d-json", "b", "c")).stream()
            .map(Variant::byLetter)
            .toList();
    Path root = Files.createTempDirectory("handback-compile-bench");
    try {
      new CompileCostBenchmark(root, variants, realisticRounds)
          .run(sizes, realistic, peers, reps, warmup);
    } finally {
      Directories.delete(root);
    }
  }

  private void run(
      List<Integer> sizes, List<String> realistic, List<String> peers, int reps, int warmup) {
    List<PreparedModule> modules = new ArrayList<>();
    for (int size : sizes) {
      modules.add(PreparedModule.prepare(javac, root, Subject.HANDBACK, size));
    }
    for (String size : realistic) {
      if (!size.isBlank()) {
        modules.add(
            PreparedModule.prepare(
                javac, root, Subject.HANDBACK_REALISTIC, Integer.parseInt(size.trim())));
      }
    }
    for (String peer : peers) {
      if (peer.isBlank()) {
        continue;
      }
      String[] nameAndSize = peer.split(":", 2);
      modules.add(
          PreparedModule.prepare(
              javac, root, Subject.byName(nameAndSize[0]), Integer.parseInt(nameAndSize[1])));
    }
    System.out.printf(
        "Compile cost: %s; Handback's interfaces have %d methods each; %d warm-up rounds, %d reps,"
            + " javac %s, %d cores, load average %.2f at the start%n",
        modules.stream().map(PreparedModule::label).toList(),
        SyntheticModule.METHODS_PER_INTERFACE,
        warmup,
        reps,
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        LoadAverage.now());
    // Warm every subject's processor, with its smallest module.
    List<PreparedModule> warming = new ArrayList<>();
    for (Subject subject : Subject.values()) {
      modules.stream()
          .filter(module -> module.subject() == subject)
          .min(java.util.Comparator.comparingInt(PreparedModule::size))
          .ifPresent(warming::add);
    }
    for (int round = 0; round < warmup; round++) {
      for (PreparedModule module : warming) {
        for (Variant variant : variants) {
          if (module.compiles(variant)) {
            compile(module, variant);
          }
        }
      }
    }
    Map<PreparedModule, ModuleSamples> results = new LinkedHashMap<>();
    for (PreparedModule module : modules) {
      results.put(module, new ModuleSamples());
    }
    Samples load = new Samples();
    for (int rep = 0; rep < reps; rep++) {
      for (PreparedModule module : modules) {
        int rounds = module.subject() == Subject.HANDBACK_REALISTIC ? realisticRounds : 1;
        for (int round = 0; round < rounds; round++) {
          ModuleSamples.Repetition repetition = measure(module, order(rep + round), load);
          results.get(module).add(repetition);
          // The repetition's number, and the round's within it for modules measured in rounds.
          System.out.printf(
              "  rep %d%s, %s:%s  (load %.2f)%n",
              rep + 1,
              rounds == 1 ? "" : "." + (round + 1),
              module.label(),
              repetition.summary(),
              LoadAverage.now());
        }
      }
    }
    new CompileCostTable(results).print(System.out);
    new RealisticModuleTable(results).print(System.out);
    new ModelResourceTable(results).print(System.out);
    new GeneratedSizeTable(results.keySet()).print(System.out);
    new IssueTargets(results).print(System.out);
    System.out.printf(
        "%nLoad average (1 min) before each compilation: median %.2f, min %.2f, max %.2f on %d"
            + " cores.%n",
        load.median(), load.min(), load.max(), Runtime.getRuntime().availableProcessors());
  }

  /** Compiles {@code module} as each variant in {@code order}, sampling the load before each. */
  private ModuleSamples.Repetition measure(
      PreparedModule module, List<Variant> order, Samples load) {
    Map<Variant, Double> wall = new EnumMap<>(Variant.class);
    Map<Variant, Double> inProcess = new EnumMap<>(Variant.class);
    Map<Variant, Double> cpu = new EnumMap<>(Variant.class);
    for (Variant variant : order) {
      if (!module.compiles(variant)) {
        continue;
      }
      load.add(LoadAverage.now());
      Compilation compilation = compile(module, variant);
      wall.put(variant, compilation.millis());
      cpu.put(variant, compilation.cpuMillis());
      if (!Double.isNaN(compilation.processMillis())) {
        inProcess.put(variant, compilation.processMillis());
      }
    }
    return new ModuleSamples.Repetition(wall, inProcess, cpu);
  }

  /** The variants as given in even repetitions, reversed in odd ones, so none always runs first. */
  private List<Variant> order(int rep) {
    List<Variant> order = new ArrayList<>(variants);
    if (rep % 2 == 1) {
      Collections.reverse(order);
    }
    return order;
  }

  /**
   * One compilation's wall time, the part of it inside the processor (NaN without one), and the CPU
   * time of the whole JVM during it.
   */
  private record Compilation(double millis, double processMillis, double cpuMillis) {}

  private Compilation compile(PreparedModule module, Variant variant) {
    Path work = root.resolve("work");
    Directories.delete(work);
    Processor processor = module.newProcessor(variant);
    TimedProcessor timed = processor == null ? null : new TimedProcessor(processor);
    // Garbage from the previous compilation is collected now, not during this one's timing.
    System.gc();
    long cpuBefore = ProcessCpu.nanos();
    double ms = javac.compile(module.sources(variant), timed, work, null);
    double cpuMs = (ProcessCpu.nanos() - cpuBefore) / 1e6;
    Directories.delete(work);
    return new Compilation(ms, timed == null ? Double.NaN : timed.millis(), cpuMs);
  }
}

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
 * The processor's cost at compile time: synthetic modules of several sizes compiled (a) with the
 * processor, (b) without it but with its output added as ordinary sources, (c) bare, and (d) with
 * the {@link FloorProcessor}, which writes the processor's precomputed output through the Filer;
 * the variants and sizes alternate within each repetition, so drift and noise from other processes
 * hit all of them alike.
 *
 * <p>Flags: {@code --sizes=100,500,1000 --reps=3 --warmup=2 --variants=a,d,b,c} (the order within a
 * repetition); {@code --variants=a} runs only some variants, for example under a profiler.
 */
public final class CompileCostBenchmark {
  private final Javac javac = new Javac();
  private final Path root;

  private final List<Variant> variants;

  private CompileCostBenchmark(Path root, List<Variant> variants) {
    this.root = root;
    this.variants = variants;
  }

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) throws IOException {
    Flags flags = Flags.parse(args);
    List<Integer> sizes = flags.integers("sizes", List.of(100, 500, 1000));
    int reps = flags.integer("reps", 3);
    int warmup = flags.integer("warmup", 2);
    List<Variant> variants =
        flags.words("variants", List.of("a", "d", "b", "c")).stream()
            .map(Variant::byLetter)
            .toList();
    Path root = Files.createTempDirectory("handback-compile-bench");
    try {
      new CompileCostBenchmark(root, variants).run(sizes, reps, warmup);
    } finally {
      Directories.delete(root);
    }
  }

  private void run(List<Integer> sizes, int reps, int warmup) {
    Map<Integer, PreparedModule> modules = new LinkedHashMap<>();
    for (int size : sizes) {
      modules.put(size, PreparedModule.prepare(javac, root, size));
    }
    System.out.printf(
        "Compile cost: modules of %s interfaces x %d methods, %d warm-up rounds, %d reps,"
            + " javac %s%n",
        sizes,
        SyntheticModule.METHODS_PER_INTERFACE,
        warmup,
        reps,
        System.getProperty("java.version"));
    for (int round = 0; round < warmup; round++) {
      for (Variant variant : variants) {
        compile(modules.get(sizes.get(0)), variant);
      }
    }
    Map<Integer, Map<Variant, Samples>> millis = new LinkedHashMap<>();
    Map<Integer, Map<Variant, Samples>> processMillis = new LinkedHashMap<>();
    Map<Integer, Map<Ratio, Samples>> pairedRatios = new LinkedHashMap<>();
    for (int size : sizes) {
      millis.put(size, samplesPerVariant());
      processMillis.put(size, samplesPerVariant());
      Map<Ratio, Samples> perRatio = new EnumMap<>(Ratio.class);
      for (Ratio ratio : Ratio.values()) {
        perRatio.put(ratio, new Samples());
      }
      pairedRatios.put(size, perRatio);
    }
    for (int rep = 0; rep < reps; rep++) {
      for (int size : sizes) {
        Map<Variant, Double> round = new EnumMap<>(Variant.class);
        for (Variant variant : order(rep)) {
          Compilation compilation = compile(modules.get(size), variant);
          round.put(variant, compilation.millis());
          millis.get(size).get(variant).add(compilation.millis());
          processMillis.get(size).get(variant).add(compilation.processMillis());
        }
        for (Ratio ratio : Ratio.values()) {
          if (round.containsKey(ratio.numerator()) && round.containsKey(ratio.denominator())) {
            pairedRatios
                .get(size)
                .get(ratio)
                .add(round.get(ratio.numerator()) / round.get(ratio.denominator()));
          }
        }
        StringBuilder line = new StringBuilder();
        round.forEach(
            (variant, ms) -> line.append(String.format("  %s %6.0f ms", variant.label(), ms)));
        System.out.printf("  rep %d, %4d interfaces:%s%n", rep + 1, size, line);
      }
    }
    new CompileCostTable(millis, processMillis, pairedRatios).print(System.out);
  }

  private static Map<Variant, Samples> samplesPerVariant() {
    Map<Variant, Samples> perVariant = new EnumMap<>(Variant.class);
    for (Variant variant : Variant.values()) {
      perVariant.put(variant, new Samples());
    }
    return perVariant;
  }

  /** The variants as given in even repetitions, reversed in odd ones, so none always runs first. */
  private List<Variant> order(int rep) {
    List<Variant> order = new ArrayList<>(variants);
    if (rep % 2 == 1) {
      Collections.reverse(order);
    }
    return order;
  }

  /** One compilation's wall time, and the part of it inside the processor (NaN without one). */
  private record Compilation(double millis, double processMillis) {}

  private Compilation compile(PreparedModule module, Variant variant) {
    Path work = root.resolve("work");
    Directories.delete(work);
    Processor processor = module.newProcessor(variant);
    TimedProcessor timed = processor == null ? null : new TimedProcessor(processor);
    // Garbage from the previous compilation is collected now, not during this one's timing.
    System.gc();
    double ms = javac.compile(module.sources(variant), timed, work, null);
    Directories.delete(work);
    return new Compilation(ms, timed == null ? Double.NaN : timed.millis());
  }
}

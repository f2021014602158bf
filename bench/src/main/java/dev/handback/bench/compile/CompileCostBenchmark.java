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

/**
 * The processor's cost at compile time: synthetic modules of several sizes compiled (a) with the
 * processor, (b) without it but with its output added as ordinary sources, (c) bare; the variants
 * and sizes alternate within each repetition, so drift and noise from other processes hit all
 * of them alike.
 *
 * <p>Flags: {@code --sizes=100,500,1000 --reps=3 --warmup=2}, and {@code --variants=a} to run
 * only some variants, for example under a profiler.
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
    List<Variant> variants = flags.words("variants", List.of("a", "b", "c")).stream()
        .map(Variant::byLetter).toList();
    Path root = Files.createTempDirectory("handback-compile-bench");
    try {
      new CompileCostBenchmark(root, variants).run(sizes, reps, warmup);
    } finally {
      Directories.delete(root);
    }
  }

  private void run(List<Integer> sizes, int reps, int warmup) {
    Map<Integer, Map<Variant, List<Path>>> modules = new LinkedHashMap<>();
    for (int size : sizes) {
      modules.put(size, prepare(size));
    }
    System.out.printf("Compile cost: modules of %s interfaces x %d methods, %d warm-up rounds, %d reps,"
        + " javac %s%n", sizes, SyntheticModule.METHODS_PER_INTERFACE, warmup, reps,
        System.getProperty("java.version"));
    for (int round = 0; round < warmup; round++) {
      for (Variant variant : variants) {
        compile(modules.get(sizes.get(0)).get(variant), variant);
      }
    }
    Map<Integer, Map<Variant, Samples>> millis = new LinkedHashMap<>();
    Map<Integer, Samples> pairedRatios = new LinkedHashMap<>();
    for (int size : sizes) {
      Map<Variant, Samples> perVariant = new EnumMap<>(Variant.class);
      for (Variant variant : Variant.values()) {
        perVariant.put(variant, new Samples());
      }
      millis.put(size, perVariant);
      pairedRatios.put(size, new Samples());
    }
    for (int rep = 0; rep < reps; rep++) {
      for (int size : sizes) {
        Map<Variant, Double> round = new EnumMap<>(Variant.class);
        for (Variant variant : order(rep)) {
          double ms = compile(modules.get(size).get(variant), variant);
          round.put(variant, ms);
          millis.get(size).get(variant).add(ms);
        }
        if (round.containsKey(Variant.PROCESSOR) && round.containsKey(Variant.HAND_WRITTEN)) {
          pairedRatios.get(size).add(round.get(Variant.PROCESSOR) / round.get(Variant.HAND_WRITTEN));
        }
        StringBuilder line = new StringBuilder();
        round.forEach((variant, ms) -> line.append(String.format("  %s %6.0f ms", variant.label(), ms)));
        System.out.printf("  rep %d, %4d interfaces:%s%n", rep + 1, size, line);
      }
    }
    new CompileCostTable(millis, pairedRatios).print(System.out);
  }

  /** ABC in even repetitions, CBA in odd ones, so no variant always runs first. */
  private List<Variant> order(int rep) {
    List<Variant> order = new ArrayList<>(variants);
    if (rep % 2 == 1) {
      Collections.reverse(order);
    }
    return order;
  }

  /** Writes the module of {@code size} and, by running the processor once, its generated code. */
  private Map<Variant, List<Path>> prepare(int size) {
    Path sources = root.resolve(size + "/src");
    Path generated = root.resolve(size + "/generated");
    List<Path> interfaces = SyntheticModule.write(sources, size);
    Path work = root.resolve("work");
    javac.compile(interfaces, true, work, generated);
    Directories.delete(work);
    List<Path> generatedFiles = Javac.javaFiles(generated);
    List<Path> withGenerated = new ArrayList<>(interfaces);
    withGenerated.addAll(generatedFiles);
    Map<Variant, List<Path>> variants = new EnumMap<>(Variant.class);
    variants.put(Variant.PROCESSOR, interfaces);
    variants.put(Variant.HAND_WRITTEN, withGenerated);
    variants.put(Variant.BARE, interfaces);
    return variants;
  }

  private double compile(List<Path> sources, Variant variant) {
    Path work = root.resolve("work");
    Directories.delete(work);
    // Garbage from the previous compilation is collected now, not during this one's timing.
    System.gc();
    double ms = javac.compile(sources, variant == Variant.PROCESSOR, work, null);
    Directories.delete(work);
    return ms;
  }
}

package dev.handback.bench.compile;

import dev.handback.bench.Samples;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything measured for one module over the repetitions: each variant's wall time and time inside
 * its processor, and the figures taken within one repetition, from variants that saw the same
 * machine: the {@link Ratio}s and what writing the model resources cost the floor.
 */
final class ModuleSamples {
  /**
   * One repetition's compilations of the module: the wall time of each variant compiled, the time
   * inside its processor for those with one, and the CPU time the whole JVM spent on it (every
   * thread, the processor's, the garbage collector's and the JIT compiler's), in milliseconds.
   */
  record Repetition(
      Map<Variant, Double> wallMillis,
      Map<Variant, Double> processMillis,
      Map<Variant, Double> cpuMillis) {
    /** " a 1234 ms b 987 ms". */
    String summary() {
      StringBuilder line = new StringBuilder();
      wallMillis.forEach(
          (variant, ms) -> line.append(String.format("  %s %6.0f ms", variant.letter(), ms)));
      return line.toString();
    }
  }

  private final Map<Variant, Samples> millis = perVariant();
  private final Map<Variant, Samples> processMillis = perVariant();
  private final Map<Variant, Samples> cpuMillis = perVariant();
  private final Samples cpuProcessorOverFloor = new Samples();
  private final Map<Ratio, Samples> ratios = new EnumMap<>(Ratio.class);
  private final Samples resourcesOverProcessor = new Samples();
  private final Samples resourcesOverFloor = new Samples();

  ModuleSamples() {
    for (Ratio ratio : Ratio.values()) {
      ratios.put(ratio, new Samples());
    }
  }

  /** Adds one repetition. */
  void add(Repetition repetition) {
    Map<Variant, Double> wallMillis = repetition.wallMillis();
    wallMillis.forEach((variant, ms) -> millis.get(variant).add(ms));
    repetition.processMillis().forEach((variant, ms) -> processMillis.get(variant).add(ms));
    Map<Variant, Double> cpu = repetition.cpuMillis();
    cpu.forEach((variant, ms) -> cpuMillis.get(variant).add(ms));
    if (cpu.containsKey(Variant.PROCESSOR) && cpu.containsKey(Variant.FLOOR)) {
      cpuProcessorOverFloor.add(cpu.get(Variant.PROCESSOR) / cpu.get(Variant.FLOOR));
    }
    for (Ratio ratio : Ratio.values()) {
      if (wallMillis.containsKey(ratio.numerator())
          && wallMillis.containsKey(ratio.denominator())) {
        ratios
            .get(ratio)
            .add(wallMillis.get(ratio.numerator()) / wallMillis.get(ratio.denominator()));
      }
    }
    Double floor = wallMillis.get(Variant.FLOOR);
    Double withoutResources = wallMillis.get(Variant.FLOOR_WITHOUT_RESOURCES);
    if (floor != null && withoutResources != null) {
      resourcesOverFloor.add((floor - withoutResources) / floor);
      Double processor = wallMillis.get(Variant.PROCESSOR);
      if (processor != null) {
        resourcesOverProcessor.add((floor - withoutResources) / processor);
      }
    }
  }

  /** The wall times of {@code variant}'s compilations, in milliseconds. */
  Samples millis(Variant variant) {
    return millis.get(variant);
  }

  /** The times inside the processor's {@code process} calls, in milliseconds. */
  Samples processMillis(Variant variant) {
    return processMillis.get(variant);
  }

  /** The CPU time of {@code variant}'s compilations, every thread of the JVM, in milliseconds. */
  Samples cpuMillis(Variant variant) {
    return cpuMillis.get(variant);
  }

  /** Per repetition: (a)'s CPU time ÷ (d)'s, the processor's own work in CPU rather than wall. */
  Samples cpuProcessorOverFloor() {
    return cpuProcessorOverFloor;
  }

  /** The per-repetition values of {@code ratio}. */
  Samples ratio(Ratio ratio) {
    return ratios.get(ratio);
  }

  /** Per repetition: ((d) − (d-json)) ÷ (a), what the resources cost as a share of (a). */
  Samples resourcesOverProcessor() {
    return resourcesOverProcessor;
  }

  /** Per repetition: ((d) − (d-json)) ÷ (d), what the resources cost as a share of the floor. */
  Samples resourcesOverFloor() {
    return resourcesOverFloor;
  }

  private static Map<Variant, Samples> perVariant() {
    Map<Variant, Samples> perVariant = new EnumMap<>(Variant.class);
    for (Variant variant : Variant.values()) {
      perVariant.put(variant, new Samples());
    }
    return perVariant;
  }
}

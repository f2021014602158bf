package dev.handback.bench.compile;

/** A ratio of two variants' times, taken within each repetition (so both saw the same noise). */
enum Ratio {
  /** Handback over the same code written by hand: the target, ≤ 1.10. */
  PROCESSOR_OVER_HAND_WRITTEN("a÷b", Variant.PROCESSOR, Variant.HAND_WRITTEN),
  /** Handback over the floor: what Handback's own work costs beyond writing its files. */
  PROCESSOR_OVER_FLOOR("a÷d", Variant.PROCESSOR, Variant.FLOOR),
  /** The floor over hand-written code: javac's price for generated files. */
  FLOOR_OVER_HAND_WRITTEN("d÷b", Variant.FLOOR, Variant.HAND_WRITTEN);

  private final String label;
  private final Variant numerator;
  private final Variant denominator;

  Ratio(String label, Variant numerator, Variant denominator) {
    this.label = label;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  String label() {
    return label;
  }

  Variant numerator() {
    return numerator;
  }

  Variant denominator() {
    return denominator;
  }
}

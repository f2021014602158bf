package dev.handback.bench.compile;

/** What one compilation of a synthetic module contains. */
enum Variant {
  /** The interfaces, with the Handback processor generating its code. */
  PROCESSOR("a: processor"),
  /** The interfaces plus the processor's output as ordinary sources, processing off. */
  HAND_WRITTEN("b: generated as sources"),
  /** The interfaces alone, processing off: for information. */
  BARE("c: bare interfaces"),
  /**
   * The interfaces with the {@link FloorProcessor}, which writes the processor's output, computed
   * beforehand, through the Filer: what any processor generating these files costs at least.
   */
  FLOOR("d: floor");

  private final String label;

  Variant(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The variant named by its letter in {@link #label()}. */
  static Variant byLetter(String letter) {
    for (Variant variant : values()) {
      if (variant.label.startsWith(letter.trim() + ":")) {
        return variant;
      }
    }
    throw new IllegalArgumentException("Unknown variant '" + letter + "': use a, b, c or d");
  }
}

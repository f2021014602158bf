package dev.handback.bench.compile;

import java.util.Locale;

/** What one compilation of a synthetic module contains. */
enum Variant {
  /** The interfaces, with the Handback processor generating its code. */
  PROCESSOR("a", "processor"),
  /** The interfaces plus the processor's output as ordinary sources, processing off. */
  HAND_WRITTEN("b", "generated as sources"),
  /** The interfaces alone, processing off: for information. */
  BARE("c", "bare interfaces"),
  /**
   * The interfaces with the {@link FloorProcessor}, which writes the processor's output, computed
   * beforehand, through the Filer: what any processor generating these files costs at least.
   */
  FLOOR("d", "floor"),
  /**
   * The floor without the resources: the same sources through the Filer, but not the model's JSON
   * resources, so that (d) − (d-json) is what writing them costs, the most that carrying the model
   * inside a generated class file could save.
   */
  FLOOR_WITHOUT_RESOURCES("d-json", "floor without JSON");

  private final String letter;
  private final String description;

  Variant(String letter, String description) {
    this.letter = letter;
    this.description = description;
  }

  /** Its name in the {@code --variants} flag and in the ratios: "a", "d-json". */
  String letter() {
    return letter;
  }

  /** "a: processor". */
  String label() {
    return letter + ": " + description;
  }

  /** The variant named {@code letter} in the {@code --variants} flag ("d−json" also accepted). */
  static Variant byLetter(String letter) {
    String wanted = letter.trim().replace('−', '-').toLowerCase(Locale.ROOT);
    for (Variant variant : values()) {
      if (variant.letter.equals(wanted)) {
        return variant;
      }
    }
    throw new IllegalArgumentException(
        "Unknown variant '" + letter + "': use a, b, c, d or d-json");
  }
}

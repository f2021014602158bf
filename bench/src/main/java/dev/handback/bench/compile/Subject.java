package dev.handback.bench.compile;

import com.google.auto.value.processor.AutoValueProcessor;
import dev.handback.processor.HandbackProcessor;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Processor;
import org.mapstruct.ap.MappingProcessor;

/**
 * What a module of the compile benchmark is written for: Handback, or one of its peers, processors
 * that also generate source files from annotated types, compiled in the same run so that their
 * ratios saw the same machine.
 */
enum Subject {
  /** Handback's synthetic worker modules: {@code @ActivityInterface}s of six methods. */
  HANDBACK("Handback", "interface", "interfaces") {
    @Override
    List<Path> write(Path root, int size) {
      return SyntheticModule.write(root, size);
    }

    @Override
    Processor newProcessor() {
      return new HandbackProcessor();
    }
  },
  /**
   * Handback in a module as a team has it ({@link RealisticModule}): each interface with its
   * implementation, a workflow, value records and plain classes, all calling the generated code.
   */
  HANDBACK_REALISTIC("Handback realistic module", "interface", "interfaces") {
    @Override
    List<Path> write(Path root, int size) {
      return RealisticModule.write(root, size);
    }

    @Override
    Processor newProcessor() {
      return new HandbackProcessor();
    }
  },
  /** AutoValue 1.11: {@code @AutoValue} classes of six properties and a factory method. */
  AUTO_VALUE("AutoValue", "value class", "value classes") {
    @Override
    List<Path> write(Path root, int size) {
      return PeerModules.autoValue(root, size);
    }

    @Override
    Processor newProcessor() {
      return new AutoValueProcessor();
    }
  },
  /** MapStruct 1.6: {@code @Mapper} interfaces mapping one record to another, and lists of them. */
  MAPSTRUCT("MapStruct", "mapper", "mappers") {
    @Override
    List<Path> write(Path root, int size) {
      return PeerModules.mapStruct(root, size);
    }

    @Override
    Processor newProcessor() {
      return new MappingProcessor();
    }
  };

  private final String label;
  private final String unit;
  private final String units;

  Subject(String label, String unit, String units) {
    this.label = label;
    this.unit = unit;
    this.units = units;
  }

  String label() {
    return label;
  }

  /** Whether Handback's processor is the one measured. */
  boolean isHandback() {
    return this == HANDBACK || this == HANDBACK_REALISTIC;
  }

  /** {@code size} units of its modules, as in "500 interfaces" or "1 interface". */
  String units(int size) {
    return size + " " + (size == 1 ? unit : units);
  }

  /** Writes its module of {@code size} units under {@code root}; returns the source files. */
  abstract List<Path> write(Path root, int size);

  /** A fresh instance of its processor. */
  abstract Processor newProcessor();

  /** The subject named {@code name} in the {@code --peers} flag. */
  static Subject byName(String name) {
    for (Subject subject : values()) {
      if (subject.label.equalsIgnoreCase(name.trim())) {
        return subject;
      }
    }
    throw new IllegalArgumentException(
        "Unknown subject '" + name + "': use handback, autovalue or mapstruct");
  }
}

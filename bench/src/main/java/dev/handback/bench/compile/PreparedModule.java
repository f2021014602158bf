package dev.handback.bench.compile;

import dev.handback.bench.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;

/**
 * A synthetic module ready for every {@link Variant}: its sources, its processor's output (obtained
 * by running the processor once) as source files and as recorded Filer calls, and their sizes.
 */
final class PreparedModule {
  private final Subject subject;
  private final int size;
  private final List<Path> inputs;
  private final List<Path> withGenerated;
  private final GeneratedOutput output;
  private final long inputLines;
  private final long generatedLines;

  private PreparedModule(
      Subject subject,
      int size,
      List<Path> inputs,
      List<Path> withGenerated,
      GeneratedOutput output,
      long inputLines,
      long generatedLines) {
    this.subject = subject;
    this.size = size;
    this.inputs = inputs;
    this.withGenerated = withGenerated;
    this.output = output;
    this.inputLines = inputLines;
    this.generatedLines = generatedLines;
  }

  /**
   * Writes the module of {@code size} units of {@code subject} under {@code root} and runs its
   * processor once.
   */
  static PreparedModule prepare(Javac javac, Path root, Subject subject, int size) {
    Path base = root.resolve(subject.name().toLowerCase(java.util.Locale.ROOT) + "-" + size);
    Path sources = base.resolve("src");
    Path generated = base.resolve("generated");
    List<Path> inputs = subject.write(sources, size);
    Path work = base.resolve("work");
    GeneratedOutput output = new GeneratedOutput();
    javac.compile(inputs, new RecordingProcessor(subject.newProcessor(), output), work, generated);
    Directories.delete(work);
    List<Path> generatedFiles = Javac.javaFiles(generated);
    if (generatedFiles.size() != output.sourceCount()) {
      throw new IllegalStateException(
          "The processor wrote "
              + generatedFiles.size()
              + " source files, but "
              + output.sourceCount()
              + " were recorded");
    }
    List<Path> withGenerated = new ArrayList<>(inputs);
    withGenerated.addAll(generatedFiles);
    return new PreparedModule(
        subject, size, inputs, withGenerated, output, lines(inputs), output.lines());
  }

  Subject subject() {
    return subject;
  }

  int size() {
    return size;
  }

  /** "Handback, 500 interfaces". */
  String label() {
    return subject.label() + ", " + size + " " + subject.units();
  }

  /** The lines of the module's own sources. */
  long inputLines() {
    return inputLines;
  }

  /** The lines its processor generates: source files and resources. */
  long generatedLines() {
    return generatedLines;
  }

  /** The files its processor generates: source files and resources. */
  int generatedFiles() {
    return output.fileCount();
  }

  /**
   * Whether its sources compile as {@code variant}: the peers' sources call the generated code, so
   * they do not compile bare.
   */
  boolean compiles(Variant variant) {
    return variant != Variant.BARE || subject == Subject.HANDBACK;
  }

  /** The source files javac gets for {@code variant}. */
  List<Path> sources(Variant variant) {
    return variant == Variant.HAND_WRITTEN ? withGenerated : inputs;
  }

  /** A fresh processor for {@code variant}, or null when processing is off. */
  Processor newProcessor(Variant variant) {
    return switch (variant) {
      case PROCESSOR -> subject.newProcessor();
      case FLOOR ->
          new FloorProcessor(subject.newProcessor().getSupportedAnnotationTypes(), output);
      case HAND_WRITTEN, BARE -> null;
    };
  }

  private static long lines(List<Path> files) {
    long lines = 0;
    for (Path file : files) {
      try {
        lines += GeneratedOutput.lines(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }
}

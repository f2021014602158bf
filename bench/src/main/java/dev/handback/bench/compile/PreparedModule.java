package dev.handback.bench.compile;

import dev.handback.bench.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private final GeneratedOutput sourcesOnly;
  private final long inputLines;
  private final long inputChars;

  private PreparedModule(
      Subject subject,
      int size,
      List<Path> inputs,
      List<Path> withGenerated,
      GeneratedOutput output) {
    this.subject = subject;
    this.size = size;
    this.inputs = inputs;
    this.withGenerated = withGenerated;
    this.output = output;
    this.sourcesOnly = output.withoutResources();
    String text = texts(inputs);
    this.inputLines = GeneratedOutput.lines(text);
    this.inputChars = text.length();
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
    return new PreparedModule(subject, size, inputs, withGenerated, output);
  }

  Subject subject() {
    return subject;
  }

  int size() {
    return size;
  }

  /** "Handback, 500 interfaces". */
  String label() {
    return subject.label() + ", " + subject.units(size);
  }

  /** How many source files the module itself has. */
  int inputFiles() {
    return inputs.size();
  }

  /** The lines of the module's own sources. */
  long inputLines() {
    return inputLines;
  }

  /** The characters of the module's own sources. */
  long inputChars() {
    return inputChars;
  }

  /** The lines its processor generates: source files and resources. */
  long generatedLines() {
    return output.lines();
  }

  /** The characters its processor generates: source files and resources. */
  long generatedChars() {
    return output.chars();
  }

  /** What its processor generates, by kind of file. */
  Map<GeneratedFileKind, GeneratedOutput.KindSize> generatedByKind() {
    return output.sizesByKind();
  }

  /** The files its processor generates: source files and resources. */
  int generatedFiles() {
    return output.fileCount();
  }

  /**
   * Whether its sources compile as {@code variant}: only Handback's synthetic interfaces compile
   * bare (the others call the generated code), and only its synthetic modules are measured without
   * their resources (the peers write none).
   */
  boolean compiles(Variant variant) {
    return switch (variant) {
      case BARE, FLOOR_WITHOUT_RESOURCES -> subject == Subject.HANDBACK;
      case PROCESSOR, HAND_WRITTEN, FLOOR -> true;
    };
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
      case FLOOR_WITHOUT_RESOURCES ->
          new FloorProcessor(subject.newProcessor().getSupportedAnnotationTypes(), sourcesOnly);
      case HAND_WRITTEN, BARE -> null;
    };
  }

  /** The text of {@code files}, one after another, each ending with a line break. */
  private static String texts(List<Path> files) {
    StringBuilder text = new StringBuilder();
    for (Path file : files) {
      try {
        text.append(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }
    return text.toString();
  }
}

package dev.handback.bench.compile;

import dev.handback.bench.Directories;
import dev.handback.processor.HandbackProcessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;

/**
 * A synthetic module ready for every {@link Variant}: its interfaces, the processor's output
 * (obtained by running the processor once) as source files and as recorded Filer calls.
 */
final class PreparedModule {
  private final List<Path> interfaces;
  private final List<Path> withGenerated;
  private final GeneratedOutput output;

  private PreparedModule(List<Path> interfaces, List<Path> withGenerated, GeneratedOutput output) {
    this.interfaces = interfaces;
    this.withGenerated = withGenerated;
    this.output = output;
  }

  /**
   * Writes the module of {@code size} interfaces under {@code root} and runs the processor once.
   */
  static PreparedModule prepare(Javac javac, Path root, int size) {
    Path sources = root.resolve(size + "/src");
    Path generated = root.resolve(size + "/generated");
    List<Path> interfaces = SyntheticModule.write(sources, size);
    Path work = root.resolve(size + "/work");
    GeneratedOutput output = new GeneratedOutput();
    javac.compile(
        interfaces, new RecordingProcessor(new HandbackProcessor(), output), work, generated);
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
    List<Path> withGenerated = new ArrayList<>(interfaces);
    withGenerated.addAll(generatedFiles);
    return new PreparedModule(interfaces, withGenerated, output);
  }

  /** The source files javac gets for {@code variant}. */
  List<Path> sources(Variant variant) {
    return variant == Variant.HAND_WRITTEN ? withGenerated : interfaces;
  }

  /** A fresh processor for {@code variant}, or null when processing is off. */
  Processor newProcessor(Variant variant) {
    return switch (variant) {
      case PROCESSOR -> new HandbackProcessor();
      case FLOOR -> new FloorProcessor(output);
      case HAND_WRITTEN, BARE -> null;
    };
  }
}

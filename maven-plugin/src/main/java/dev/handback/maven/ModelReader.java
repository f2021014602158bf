package dev.handback.maven;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads the models the Handback processor wrote into a class output directory. */
public final class ModelReader {
  /** The folder below the class output that holds the models. */
  public static final String DIRECTORY = "META-INF/handback";

  /** The model version this plugin reads. */
  public static final int SUPPORTED_VERSION = 1;

  private final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

  /**
   * The models under {@code classesDirectory}, ordered by interface name; empty when the processor
   * wrote none (no annotated interfaces, or the processor did not run).
   *
   * @throws ModelException if a model cannot be read or has a version this plugin does not know
   */
  public List<HandbackModel> read(Path classesDirectory) {
    Path directory = classesDirectory.resolve(DIRECTORY);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<HandbackModel> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        models.add(readOne(file));
      }
    } catch (IOException e) {
      throw new ModelException(
          "Cannot list the Handback models in " + directory + ": " + e.getMessage(), e);
    }
    models.sort(Comparator.comparing(HandbackModel::interfaceName));
    return List.copyOf(models);
  }

  private HandbackModel readOne(Path file) {
    try {
      JsonNode tree = mapper.readTree(Files.readAllBytes(file));
      int version = tree.path("modelVersion").asInt(-1);
      if (version != SUPPORTED_VERSION) {
        throw new ModelException(
            file
                + " has Handback model version "
                + version
                + ", and this plugin reads version "
                + SUPPORTED_VERSION
                + ": use the same Handback version for the processor and the plugin");
      }
      return mapper.treeToValue(tree, HandbackModel.class);
    } catch (IOException e) {
      throw new ModelException(
          "Cannot read the Handback model "
              + file
              + " ("
              + e.getMessage()
              + "): rebuild with 'mvn clean'",
          e);
    }
  }
}

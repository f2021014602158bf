package dev.handback.maven;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code contract.json} and {@code contract.md} for the models in a class output directory,
 * rewriting a file only when its content changes.
 */
public final class ContractGenerator {
  /** The file name of the machine-readable contract. */
  public static final String JSON_FILE = "contract.json";

  /** The file name of the page for people. */
  public static final String MARKDOWN_FILE = "contract.md";

  /**
   * What {@link #generate} did.
   *
   * @param json the contract file
   * @param markdown the page for people
   * @param activities how many activities the contract describes
   * @param jsonWritten whether {@code json} was (re)written, false when it was up to date
   * @param markdownWritten whether {@code markdown} was (re)written
   */
  public record Outcome(
      Path json, Path markdown, int activities, boolean jsonWritten, boolean markdownWritten) {}

  /**
   * Writes the contract of the models under {@code classesDirectory} into {@code outputDirectory}.
   *
   * @param classes loads the project's compiled classes and their dependencies
   * @return empty, writing nothing, when the project has no Handback models
   */
  public Optional<Outcome> generate(
      ProjectCoordinates project,
      Path classesDirectory,
      ClassLoader classes,
      Path outputDirectory) {
    List<HandbackModel> models = new ModelReader().read(classesDirectory);
    if (models.isEmpty()) {
      return Optional.empty();
    }
    ContractBuilder builder = new ContractBuilder();
    ObjectNode contract = builder.build(project, models, new ResultSchemas(classes));
    Path json = outputDirectory.resolve(JSON_FILE);
    Path markdown = outputDirectory.resolve(MARKDOWN_FILE);
    boolean jsonWritten = OutputFiles.writeIfChanged(json, builder.toBytes(contract));
    boolean markdownWritten =
        OutputFiles.writeIfChanged(markdown, new ContractMarkdown().write(contract));
    return Optional.of(
        new Outcome(
            json, markdown, contract.path("activities").size(), jsonWritten, markdownWritten));
  }
}

package dev.handback.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.maven.ContractBuilder;
import dev.handback.maven.HandbackModel;
import dev.handback.maven.ModelException;
import dev.handback.maven.ModelReader;
import dev.handback.maven.ProjectCoordinates;
import dev.handback.maven.ResultSchemas;
import dev.handback.runtime.HandleKey;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The methods external parties reply to, with their paths, timeouts and result schemas: read from
 * {@code contract.json} files (the Maven plugin's {@code contract} goal writes them), or built the
 * same way from compiled classes and the models the processor wrote beside them.
 */
final class Contract {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<HandleKey, ContractMethod> byKey;
  private final JsonNode failureSchema;

  private Contract(Map<HandleKey, ContractMethod> byKey, JsonNode failureSchema) {
    this.byKey = byKey;
    this.failureSchema = failureSchema;
  }

  /** A contract without methods: handles can be decoded, nothing can be checked. */
  static Contract empty() {
    return new Contract(Map.of(), null);
  }

  /**
   * The contract of the {@code contract.json} files {@code files} and of the compiled classes in
   * {@code classes} (whose result types load from {@code classPath} too).
   *
   * @throws CliFailure if a file cannot be read or is not a contract
   */
  static Contract load(List<Path> files, List<Path> classes, List<Path> classPath) {
    Map<HandleKey, ContractMethod> methods = new LinkedHashMap<>();
    JsonNode failure = null;
    for (Path file : files) {
      JsonNode root = read(file);
      failure = failure == null ? root.path("failure").path("schema") : failure;
      add(methods, root, file.toString());
    }
    if (!classes.isEmpty()) {
      JsonNode root = build(classes, classPath);
      failure = failure == null ? root.path("failure").path("schema") : failure;
      add(methods, root, "the classes in " + classes);
    }
    return new Contract(
        Map.copyOf(methods), failure == null || failure.isMissingNode() ? null : failure);
  }

  private static JsonNode read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new CliFailure(
          ExitCode.USAGE, "Cannot read the contract " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.path("activities").isArray()) {
      throw new CliFailure(
          ExitCode.USAGE,
          file
              + " is not a Handback contract (it has no \"activities\"): pass the contract.json"
              + " that handback:contract wrote");
    }
    return root;
  }

  /** The contract of compiled classes, as the Maven plugin's contract goal builds it. */
  private static JsonNode build(List<Path> classes, List<Path> classPath) {
    List<URL> urls = new ArrayList<>();
    List<HandbackModel> models = new ArrayList<>();
    try {
      for (Path entry : classes) {
        models.addAll(models(entry));
        urls.add(entry.toUri().toURL());
      }
      for (Path entry : classPath) {
        urls.add(entry.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new CliFailure(ExitCode.USAGE, "Not a class path entry: " + e.getMessage(), e);
    } catch (ModelException e) {
      throw new CliFailure(ExitCode.USAGE, e.getMessage(), e);
    }
    if (models.isEmpty()) {
      throw new CliFailure(
          ExitCode.USAGE,
          "No Handback models in "
              + classes
              + " (META-INF/handback/*.json): compile the activity interfaces with Handback's"
              + " processor first");
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), Contract.class.getClassLoader())) {
      return new ContractBuilder()
          .build(new ProjectCoordinates("", "", ""), models, new ResultSchemas(loader));
    } catch (IOException e) {
      throw new CliFailure(ExitCode.ERROR, "Cannot close the class loader: " + e.getMessage(), e);
    }
  }

  /** The models in {@code entry}: a directory of compiled classes, or a jar of them. */
  private static List<HandbackModel> models(Path entry) {
    if (Files.isDirectory(entry)) {
      return new ModelReader().read(entry);
    }
    if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(entry)) {
        return new ModelReader().read(jar.getPath("/"));
      } catch (IOException | ProviderNotFoundException e) {
        throw new CliFailure(ExitCode.USAGE, "Cannot read the jar " + entry + ": " + e, e);
      }
    }
    throw new CliFailure(
        ExitCode.USAGE,
        "--classes takes a directory of compiled classes, such as target/classes, or a jar of"
            + " them: "
            + entry);
  }

  private static void add(Map<HandleKey, ContractMethod> methods, JsonNode root, String source) {
    for (JsonNode activity : root.path("activities")) {
      JsonNode handle = activity.path("handle");
      if (!handle.isObject()) {
        continue; // @Polled: nobody replies to it
      }
      String[] key = handle.path("key").asText().split("\\.", -1);
      if (key.length != 2
          || !HandleKey.isValidSegment(key[0])
          || !HandleKey.isValidSegment(key[1])) {
        throw new CliFailure(
            ExitCode.USAGE, source + " names a method '" + handle.path("key").asText() + "'");
      }
      JsonNode timeouts = activity.path("timeouts");
      ContractMethod method =
          new ContractMethod(
              HandleKey.of(key[0], key[1]),
              activity.path("activityType").asText(),
              activity.path("interface").asText(),
              activity.path("path").asText(),
              text(activity.path("signal")),
              duration(activity.path("wait"), source),
              duration(timeouts.path("startToClose"), source),
              duration(timeouts.path("scheduleToClose"), source),
              duration(timeouts.path("heartbeat"), source),
              "retried".equals(activity.path("externalFailures").asText()),
              "void".equals(activity.path("result").path("javaType").asText()),
              activity.path("result").path("schema"));
      methods.putIfAbsent(method.key(), method);
    }
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private static Duration duration(JsonNode node, String source) {
    if (!node.isTextual()) {
      return null;
    }
    try {
      return Duration.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new CliFailure(
          ExitCode.USAGE, source + " has a duration Java cannot read: " + node.asText(), e);
    }
  }

  boolean isEmpty() {
    return byKey.isEmpty();
  }

  Optional<ContractMethod> method(HandleKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The method {@code key}, for a command that cannot go on without it.
   *
   * @throws CliFailure naming what to pass, if the contract does not describe it
   */
  ContractMethod require(HandleKey key, String forWhat) {
    ContractMethod method = byKey.get(key);
    if (method == null) {
      throw new CliFailure(
          ExitCode.USAGE,
          (byKey.isEmpty()
                  ? "No contract was given"
                  : "The contract does not describe " + key + " (it has " + byKey.keySet() + ")")
              + ": "
              + forWhat
              + " needs the method's contract; pass --contract contract.json (written by"
              + " handback:contract) or --classes target/classes");
    }
    return method;
  }

  List<ContractMethod> methods() {
    return List.copyOf(byKey.values());
  }

  /** The schema of a failure reported on path completion, or empty if the contract has none. */
  Optional<JsonNode> failureSchema() {
    return Optional.ofNullable(failureSchema);
  }
}

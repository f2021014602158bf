package dev.handback.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds the completer jar: the generated completers, their handles, and the project classes they
 * need (result types and what those refer to), so a Java team can reply to the activities without
 * the worker module. JDK, Temporal and Handback runtime classes are not included: the team gets
 * them from {@code handback-annotations} and {@code temporal-sdk}. The jar is reproducible: sorted
 * entries with a fixed time.
 */
public final class CompleterJarBuilder {
  /** Packages whose classes come from the JDK or from the jar's declared dependencies. */
  private static final List<String> PROVIDED =
      List.of(
          "java/",
          "javax/",
          "jdk/",
          "sun/",
          "io/temporal/",
          "dev/handback/runtime/",
          "dev/handback/internal/",
          "dev/handback/AsyncCompletable",
          "dev/handback/ExternalResult",
          "dev/handback/Polled",
          "dev/handback/Retry");

  private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("1980-02-01T00:00:00Z"));

  /**
   * What {@link #build} did.
   *
   * @param jar the jar file
   * @param written whether the jar was (re)written, false when it was up to date
   * @param classes internal names of the classes in the jar
   * @param elsewhere classes the jar refers to that neither it nor its dependencies hold: they come
   *     from other project modules or libraries the external team needs too
   */
  public record Outcome(Path jar, boolean written, Set<String> classes, Set<String> elsewhere) {}

  /**
   * Writes the completer jar of {@code models}, compiled into {@code classesDirectory}, to {@code
   * jar}. A model without a completer (only {@code @Polled} methods) adds nothing.
   */
  public Outcome build(List<HandbackModel> models, Path classesDirectory, Path jar) {
    Set<String> roots = new TreeSet<>();
    for (HandbackModel model : models) {
      if (model.completer() == null) {
        continue;
      }
      String completer = model.completer().replace('.', '/');
      roots.addAll(withNestedClasses(classesDirectory, completer));
    }
    ClassClosure closure = new ClassClosure(classesDirectory);
    ClassClosure.Result result = closure.of(roots);
    Set<String> elsewhere = new TreeSet<>();
    for (String name : result.outside()) {
      if (PROVIDED.stream().noneMatch(name::startsWith)) {
        elsewhere.add(name);
      }
    }
    boolean written = OutputFiles.writeIfChanged(jar, jarBytes(closure, result.inside()));
    return new Outcome(jar, written, result.inside(), elsewhere);
  }

  private static Set<String> withNestedClasses(Path classesDirectory, String completer) {
    Path file = classesDirectory.resolve(completer + ".class");
    if (!Files.isRegularFile(file)) {
      throw new ModelException(
          "The generated completer "
              + completer.replace('/', '.')
              + " is missing from "
              + classesDirectory
              + ": run the goal after compilation, and rebuild with 'mvn clean' if the model is stale");
    }
    Set<String> names = new TreeSet<>();
    names.add(completer);
    String nestedPrefix = file.getFileName().toString().replace(".class", "$");
    try (Stream<Path> siblings = Files.list(file.getParent())) {
      siblings
          .map(sibling -> sibling.getFileName().toString())
          .filter(name -> name.startsWith(nestedPrefix) && name.endsWith(".class"))
          .map(
              name ->
                  completer.substring(0, completer.lastIndexOf('/') + 1)
                      + name.replace(".class", ""))
          .forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + file.getParent() + ": " + e.getMessage(), e);
    }
    return names;
  }

  private static byte[] jarBytes(ClassClosure closure, Set<String> classes) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Created-By", "Handback Maven plugin");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes)) {
      JarEntry manifestEntry = entry("META-INF/MANIFEST.MF");
      out.putNextEntry(manifestEntry);
      manifest.write(out);
      out.closeEntry();
      Set<String> directories = new TreeSet<>();
      for (String name : classes) {
        for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
          directories.add(name.substring(0, slash + 1));
        }
      }
      for (String directory : directories) {
        out.putNextEntry(entry(directory));
        out.closeEntry();
      }
      for (String name : classes) {
        out.putNextEntry(entry(name + ".class"));
        out.write(Files.readAllBytes(closure.classFile(name)));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the completer jar: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private static JarEntry entry(String name) {
    JarEntry entry = new JarEntry(name);
    entry.setLastModifiedTime(FIXED_TIME);
    return entry;
  }
}

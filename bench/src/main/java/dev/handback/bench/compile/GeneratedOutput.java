package dev.handback.bench.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileManager;

/**
 * What a processor wrote through the Filer, per originating type and in the order written: source
 * files (type name and text) and resources (location, package, relative name, bytes).
 */
final class GeneratedOutput {
  /** A source file, as {@code Filer.createSourceFile(name, origin)} received it. */
  record Source(String name, String text) {}

  /**
   * A resource, as {@code Filer.createResource(location, pkg, relativeName, origin)} received it.
   */
  // The bytes are written once by the recording Filer and only read back; never compared.
  @SuppressWarnings("ArrayRecordComponent")
  record Resource(
      JavaFileManager.Location location, String pkg, String relativeName, byte[] bytes) {}

  /** The files of one {@link GeneratedFileKind}: how many, their lines and characters. */
  record KindSize(int files, long lines, long chars) {
    static KindSize of(String text) {
      return new KindSize(1, GeneratedOutput.lines(text), text.length());
    }

    KindSize plus(KindSize other) {
      return new KindSize(files + other.files, lines + other.lines, chars + other.chars);
    }
  }

  private final Map<String, List<Source>> sources = new LinkedHashMap<>();
  private final Map<String, List<Resource>> resources = new LinkedHashMap<>();

  /**
   * The same sources for the same originating types in the same order, without any resource: what
   * the floor without the model writes.
   */
  GeneratedOutput withoutResources() {
    GeneratedOutput copy = new GeneratedOutput();
    sources.forEach(
        (origin, written) -> {
          copy.sources.put(origin, List.copyOf(written));
          copy.resources.put(origin, List.of());
        });
    return copy;
  }

  void add(String origin, Source source) {
    sources.computeIfAbsent(origin, o -> new ArrayList<>()).add(source);
    resources.computeIfAbsent(origin, o -> new ArrayList<>());
  }

  void add(String origin, Resource resource) {
    sources.computeIfAbsent(origin, o -> new ArrayList<>());
    resources.computeIfAbsent(origin, o -> new ArrayList<>()).add(resource);
  }

  /** The qualified names of the originating types, in the order their first file was written. */
  Set<String> origins() {
    return sources.keySet();
  }

  List<Source> sources(String origin) {
    return sources.getOrDefault(origin, List.of());
  }

  List<Resource> resources(String origin) {
    return resources.getOrDefault(origin, List.of());
  }

  /** How many files were written: sources and resources. */
  int fileCount() {
    return sourceCount() + resources.values().stream().mapToInt(List::size).sum();
  }

  /** The lines of everything written: sources and resources (read as UTF-8). */
  long lines() {
    return sizesByKind().values().stream().mapToLong(KindSize::lines).sum();
  }

  /** The characters of everything written: sources and resources (read as UTF-8). */
  long chars() {
    return sizesByKind().values().stream().mapToLong(KindSize::chars).sum();
  }

  /** The files written, their lines and characters, by kind (kinds with no file left out). */
  Map<GeneratedFileKind, KindSize> sizesByKind() {
    Map<GeneratedFileKind, KindSize> sizes = new EnumMap<>(GeneratedFileKind.class);
    for (List<Source> written : sources.values()) {
      for (Source source : written) {
        sizes.merge(
            GeneratedFileKind.ofSource(source.name()), KindSize.of(source.text()), KindSize::plus);
      }
    }
    for (List<Resource> written : resources.values()) {
      for (Resource resource : written) {
        sizes.merge(
            GeneratedFileKind.ofResource(resource.relativeName()),
            KindSize.of(new String(resource.bytes(), StandardCharsets.UTF_8)),
            KindSize::plus);
      }
    }
    return sizes;
  }

  /** The lines of {@code text}, a last line without a line break included. */
  static long lines(String text) {
    return text.lines().count();
  }

  /** How many source files were written. */
  int sourceCount() {
    return sources.values().stream().mapToInt(List::size).sum();
  }
}

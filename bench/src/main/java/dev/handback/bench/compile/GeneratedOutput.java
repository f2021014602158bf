package dev.handback.bench.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

  private final Map<String, List<Source>> sources = new LinkedHashMap<>();
  private final Map<String, List<Resource>> resources = new LinkedHashMap<>();

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
    long lines = 0;
    for (List<Source> written : sources.values()) {
      for (Source source : written) {
        lines += lines(source.text());
      }
    }
    for (List<Resource> written : resources.values()) {
      for (Resource resource : written) {
        lines += lines(new String(resource.bytes(), StandardCharsets.UTF_8));
      }
    }
    return lines;
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

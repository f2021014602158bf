package dev.handback.bench.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the Maven step builds with, as the bench module's build recorded it (a filtered resource):
 * the Maven that runs this build, the private repository the Handback artifacts were installed
 * into, the user's repository that serves as its read-only remote, and the versions to use.
 *
 * @param handbackVersion the version of the freshly built Handback artifacts
 * @param mavenVersion the version of that Maven
 * @param mavenHome the Maven installation the wrapper resolved
 * @param work the directory of the throw-away project and its logs
 * @param repository the private local repository of the builds
 * @param userRepository the user's local repository, read through a {@code file:} mirror
 * @param resourcesPlugin the version of maven-resources-plugin
 * @param compilerPlugin the version of maven-compiler-plugin
 */
record MavenStepSettings(
    String handbackVersion,
    String mavenVersion,
    Path mavenHome,
    Path work,
    Path repository,
    Path userRepository,
    String resourcesPlugin,
    String compilerPlugin) {
  private static final String RESOURCE = "maven-step.properties";

  /**
   * Reads the settings the build filtered into this class's package.
   *
   * @throws IllegalStateException if the resource is missing or was not filtered
   */
  static MavenStepSettings load() {
    Properties properties = new Properties();
    try (InputStream in = MavenStepSettings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE
                + " is not on the classpath: run the benchmark"
                + " through Maven (bench/README.md), which writes it");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MavenStepSettings(
        value(properties, "handback.version"),
        value(properties, "maven.version"),
        Path.of(value(properties, "maven.home")),
        Path.of(value(properties, "work")),
        Path.of(value(properties, "repository")),
        Path.of(value(properties, "user.repository")),
        value(properties, "plugin.resources"),
        value(properties, "plugin.compiler"));
  }

  private static String value(Properties properties, String key) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank() || value.contains("${")) {
      throw new IllegalStateException(
          RESOURCE
              + " has no value for '"
              + key
              + "' (found '"
              + value
              + "'): run the benchmark through Maven (bench/README.md), which fills it in");
    }
    return value.trim();
  }
}

package dev.handback.bench.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs Maven on the throw-away project the way a user does: a fresh {@code mvn} process per build,
 * on the JDK of this JVM, in batch mode, with the project's settings; its output goes to a log file
 * per build. Variables that would carry the outer build's configuration into it ({@code
 * MAVEN_OPTS}, {@code MAVEN_ARGS}, {@code MAVEN_BASEDIR}) are removed.
 */
final class MavenRunner {
  private final ThrowAwayProject project;
  private final Path mvn;
  private final Path logs;
  private int builds;

  MavenRunner(ThrowAwayProject project, MavenStepSettings settings, Path logs) {
    this.project = project;
    this.mvn = settings.mavenHome().resolve("bin/mvn");
    this.logs = logs;
  }

  /** The wall time of one build and the time of each of its mojos. */
  record Build(double wallMillis, Map<String, Double> mojoMillis) {}

  /**
   * Builds {@code variant} from a clean project; {@code offline} forbids even the {@code file:}
   * mirror, once the private repository holds everything.
   *
   * @throws IllegalStateException if the build fails; its log is named in the message
   */
  Build run(BuildVariant variant, boolean offline) {
    project.clean();
    Path log =
        logs.resolve(
            String.format(
                "%02d-%s.log", ++builds, variant.name().toLowerCase(java.util.Locale.ROOT)));
    List<String> command =
        new ArrayList<>(
            List.of(
                mvn.toString(),
                "--batch-mode",
                "--no-transfer-progress",
                "--settings",
                project.settingsFile().toString(),
                "-Dorg.slf4j.simpleLogger.showDateTime=true"));
    if (offline) {
      command.add("--offline");
    }
    command.addAll(variant.goals());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.dir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.remove("MAVEN_OPTS");
    env.remove("MAVEN_ARGS");
    env.remove("MAVEN_BASEDIR");
    try {
      Files.createDirectories(logs);
      long start = System.nanoTime();
      Process process = builder.start();
      int exit = awaitExit(process, log);
      double wall = (System.nanoTime() - start) / 1e6;
      if (exit != 0) {
        throw new IllegalStateException(
            "'" + String.join(" ", command) + "' failed (exit " + exit + "); see " + log);
      }
      return new Build(wall, MavenLog.mojoMillis(Files.readAllLines(log, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int awaitExit(Process process, Path log) {
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while Maven ran; see " + log, e);
    }
  }
}

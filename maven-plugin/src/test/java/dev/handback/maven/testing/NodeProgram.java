package dev.handback.maven.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Node.js program from {@code src/test/node}, copied with its {@code package.json} and {@code
 * package-lock.json} into a work directory where {@code npm ci} installs its exact dependencies.
 * Fails with a plain message when Node.js or npm is missing: the proof never skips silently.
 */
public final class NodeProgram {
  private static final long LIMIT_SECONDS = 300;

  private final Path directory;

  private NodeProgram(Path directory) {
    this.directory = directory;
  }

  /**
   * Copies the project in {@code source} to {@code workDirectory} and installs its dependencies,
   * unless an earlier run installed the same lock file there.
   */
  public static NodeProgram install(Path source, Path workDirectory) {
    try {
      Files.createDirectories(workDirectory);
      try (var files = Files.list(source)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Files.copy(
              file, workDirectory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Path lock = workDirectory.resolve("package-lock.json");
      Path installedLock = workDirectory.resolve("node_modules/.package-lock.json");
      Path marker = workDirectory.resolve("node_modules/.handback-installed-lock");
      boolean upToDate =
          Files.isRegularFile(marker)
              && Files.isRegularFile(installedLock)
              && Files.readString(marker).equals(Files.readString(lock));
      if (!upToDate) {
        run(
            workDirectory,
            null,
            List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        Files.writeString(marker, Files.readString(lock));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the Node.js project in " + workDirectory, e);
    }
    return new NodeProgram(workDirectory);
  }

  /**
   * Runs {@code node <script> <arguments>} with {@code stdin} as its standard input.
   *
   * @return the program's standard output and error
   * @throws AssertionError if the program exits with a status other than 0
   */
  public String run(String script, String stdin, String... arguments) {
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(arguments));
    return run(directory, stdin, command);
  }

  private static String run(Path directory, String stdin, List<String> command) {
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new AssertionError(
          "Cannot run '"
              + command.get(0)
              + "' ("
              + e.getMessage()
              + "): the Node.js proof needs Node.js 20.3 or newer and npm on the PATH",
          e);
    }
    try {
      try (OutputStream in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError(
            String.join(" ", command) + " did not finish within " + LIMIT_SECONDS + " s");
      }
      String text = new String(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new AssertionError(
            String.join(" ", command.subList(0, Math.min(2, command.size())))
                + " exited with "
                + process.exitValue()
                + ":\n"
                + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while running " + command.get(0), e);
    } finally {
      process.destroyForcibly();
    }
  }
}

package dev.handback.samples.review;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's first command without Maven: {@code ReviewSample.main} in its own JVM on the
 * module's runtime classpath (written by maven-dependency-plugin), so a dependency that only the
 * tests' classpath has cannot hide a sample that fails to start.
 */
class SampleMainTest {
  private static final Path CLASSPATH_FILE = Path.of("target/runtime-classpath.txt");

  @Test
  void theSampleRunsOnItsRuntimeClasspathAndPrintsFourResults() throws Exception {
    String classpath =
        Path.of("target/classes").toAbsolutePath()
            + File.pathSeparator
            + Files.readString(CLASSPATH_FILE, UTF_8).strip();
    Path output = Files.createTempFile("review-sample", ".log");
    ProcessBuilder command =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath",
                classpath,
                ReviewSample.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    // In process whatever the machine's Temporal settings: no TEMPORAL_* variable, no
    // temporal.toml.
    command.environment().keySet().removeIf(name -> name.startsWith("TEMPORAL_"));
    command.environment().put("TEMPORAL_CONFIG_FILE", output + ".no-temporal.toml");
    Process sample = command.start();
    try {
      assertTrue(sample.waitFor(3, TimeUnit.MINUTES), "the sample did not end within 3 minutes");
    } finally {
      sample.destroyForcibly();
    }
    String printed = Files.readString(output, UTF_8);
    Files.delete(output);

    assertEquals(0, sample.exitValue(), printed);
    List<String> results =
        printed.lines().filter(line -> line.startsWith("[sample]      result: ")).toList();
    assertEquals(4, results.size(), printed);
    assertTrue(results.get(0).contains("documentId=DOC-1, status=PUBLISHED"), printed);
    assertTrue(results.get(1).contains("documentId=DOC-2, status=RETURNED_TO_AUTHOR"), printed);
    assertTrue(results.get(2).contains("documentId=DOC-1, status=PUBLISHED"), printed);
    assertTrue(results.get(3).contains("documentId=DOC-2, status=RETURNED_TO_AUTHOR"), printed);
    // The polls without a result are narrated, one line each; the worker logs no failed attempt
    // (NotReadyYetException.because is logged at INFO, below the sample's level) and no trace.
    assertEquals(
        SearchIndexActivitiesImpl.READY_ON_POLL - 1,
        printed.lines().filter(line -> line.endsWith(": not indexed yet")).count(),
        printed);
    assertEquals(
        List.of(),
        printed
            .lines()
            .filter(line -> line.contains("Activity failure") || line.matches("\\s+at .*"))
            .toList(),
        printed);
  }
}

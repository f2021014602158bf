package dev.handback.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.cli.desk.Desk;
import dev.handback.cli.desk.DeskActivities.Paper;
import dev.handback.cli.desk.DeskActivities.Verdict;
import dev.handback.testserver.StandaloneTestServer;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as users run it ({@code java -jar handback-cli.jar}), in its own process,
 * against the standalone test server named by {@code TEMPORAL_ADDRESS}.
 */
class CliJarIT {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();

  private static final Paper PAPER = new Paper("p-7", "Annual report");

  @TempDir static Path files;

  private static Desk desk;
  private static Path contract;

  @BeforeAll
  static void startDesk() {
    desk = new Desk(SERVER.client());
    contract = Desk.contract(files);
  }

  @AfterAll
  static void stopDesk() {
    desk.close();
  }

  /** The jar's exit code and output, given {@code stdin}. */
  private static CliRun java(String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("TEMPORAL_ADDRESS", SERVER.target());
    builder.environment().remove("TEMPORAL_NAMESPACE");
    Process process = builder.start();
    CompletableFuture<String> out = read(process.getInputStream());
    CompletableFuture<String> err = read(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("handback-cli.jar did not exit within 60 seconds: " + command);
    }
    return new CliRun(process.exitValue(), out.get(), err.get());
  }

  /** The packaged jar: failsafe names it; a run from the IDE finds it under target/. */
  private static Path jar() {
    return Path.of(System.getProperty("handback.cli.jar", "target/handback-cli.jar"));
  }

  private static CompletableFuture<String> read(java.io.InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void theJarListsRepliesAndRefuses() throws Exception {
    assertTrue(Files.isRegularFile(jar()), () -> "no jar at " + jar() + ": run mvn verify");
    WorkflowStub review = desk.start("jar-review", PAPER, false);
    String handle = desk.nextHandle();

    CliRun listed = java("", "waiting", "--contract", contract.toString());
    assertEquals(ExitCode.OK, listed.code(), listed::toString);
    assertTrue(listed.out().contains("jar-review"), listed::toString);
    assertTrue(listed.out().contains(handle), listed::toString);

    CliRun refused =
        java("{\"approved\": 1}", "reply", handle, "complete", "--contract", contract.toString());
    assertEquals(ExitCode.INVALID_RESULT, refused.code(), refused::toString);
    assertTrue(
        refused.err().contains("#/approved: integer found, boolean expected"), refused::toString);

    CliRun completed =
        java(
            "{\"approved\": true, \"reviewer\": \"ada\"}",
            "reply",
            handle,
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.OK, completed.code(), completed::toString);
    assertEquals(new Verdict(true, "ada"), review.getResult(10, TimeUnit.SECONDS, Verdict.class));

    // Another reply than the one recorded: the handle is stale for it.
    CliRun stale =
        java(
            "{\"approved\": false, \"reviewer\": \"bob\"}",
            "reply",
            handle,
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.NO_LONGER_WAITING, stale.code(), stale::toString);
    assertEquals("", stale.out(), stale::toString);

    CliRun help = java("", "reply", "--help");
    assertEquals(ExitCode.OK, help.code(), help::toString);
    assertTrue(help.out().contains("--dry-run"), help::toString);
  }
}

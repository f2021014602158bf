package dev.handback.testserver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@code main} class of the test classpath running in a JVM of its own. Its standard output is
 * read line by line ({@link #awaitLine}); its standard error goes to {@code
 * target/child-jvms/<name>.log}. Closing it closes the child's standard input, waits a grace
 * period, and then kills it.
 */
public final class ChildJvm implements AutoCloseable {
  private static final Duration GRACE = Duration.ofSeconds(10);
  private static final String EOF = "\u0000eof";

  private final String name;
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Path log;

  private ChildJvm(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
    Thread reader = new Thread(this::readStdout, "stdout of " + name);
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code main} with {@code args} in a new JVM with this JVM's classpath. */
  public static ChildJvm start(String name, Class<?> main, String... args) {
    return start(name, "256m", main, args);
  }

  /** Starts {@code main} with {@code args} in a new JVM with a maximum heap of {@code heap}. */
  public static ChildJvm start(String name, String heap, Class<?> main, String... args) {
    return start(name, quickStartOptions(heap), main, args);
  }

  /**
   * The options of a JVM that a test needs soon and briefly: a maximum heap of {@code heap} ({@code
   * -Xmx} syntax), the quick C1 compiler only, and the serial collector.
   */
  public static List<String> quickStartOptions(String heap) {
    return List.of("-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  }

  /** Starts {@code main} with {@code args} in a new JVM with {@code jvmOptions}. */
  public static ChildJvm start(
      String name, List<String> jvmOptions, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    try {
      Path dir = Files.createDirectories(Path.of("target", "child-jvms"));
      Path log = dir.resolve(name + ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectError(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      return new ChildJvm(name, process, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the JVM " + name, e);
    }
  }

  private void readStdout() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        lines.add(line);
      }
    } catch (IOException e) {
      // The process was killed; fall through and report its end.
    } finally {
      lines.add(EOF);
    }
  }

  /**
   * The next line of standard output that starts with {@code prefix}; earlier lines are skipped.
   *
   * @throws IllegalStateException if the process ends or says nothing matching within {@code
   *     timeout}
   */
  public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null || line.equals(EOF)) {
        if (line != null) {
          lines.add(EOF);
        }
        throw new IllegalStateException(
            "The JVM "
                + name
                + (line == null
                    ? " printed no line starting with '" + prefix + "' in " + timeout
                    : " ended before it printed a line starting with '" + prefix + "'")
                + "; see "
                + log.toAbsolutePath());
      }
      if (line.startsWith(prefix)) {
        return line;
      }
    }
  }

  /** Whether the process still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process at once, as a crash or {@code kill -9} would, and waits for its end. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Closes the child's standard input, then kills it if it has not ended after a grace period. */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already gone.
    }
    try {
      if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroy();
        if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
          process.waitFor();
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

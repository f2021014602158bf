package dev.handback.cli;

import io.grpc.StatusRuntimeException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Handback's command line for operators: {@code waiting} lists what waits for an external party
 * right now, {@code inspect} tells what a handle addresses and whether it still waits, {@code
 * reply} completes, fails, heartbeats or cancels by hand, with the result checked against the
 * method's JSON Schema before anything is sent.
 */
@Command(
    name = "handback",
    mixinStandardHelpOptions = true,
    versionProvider = HandbackCli.Version.class,
    subcommands = {WaitingCommand.class, InspectCommand.class, ReplyCommand.class},
    description = "What waits on whom, and replying by hand.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (listed; inspected and it still waits; delivered)",
      "1:unexpected error",
      "2:wrong command line, or a contract or configuration that cannot be read",
      "3:not an intact handle",
      "4:the result is not JSON or does not match the method's schema: nothing was sent",
      "5:nothing waits there any more (a stale handle)",
      "6:Temporal could not be reached or refused the call",
      "7:several activities of the method wait: reply by handle or with --call-key",
      "8:heartbeat delivered, and the workflow asks the activity to cancel"
    })
public final class HandbackCli implements Runnable {
  private final Map<String, String> environment;
  private final InputStream stdin;
  private final Clock clock;

  @Spec CommandSpec spec;

  HandbackCli(Map<String, String> environment, InputStream stdin, Clock clock) {
    this.environment = environment;
    this.stdin = stdin;
    this.clock = clock;
  }

  /** Runs the command line and exits with its {@link ExitCode}. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(args, System.getenv(), System.in, out, err, Clock.systemUTC()));
  }

  /**
   * Runs the command line {@code args} in this JVM and returns its {@link ExitCode}, for programs
   * that embed it (the benchmarks do): {@code environment} stands for the process's environment,
   * {@code stdin} for its standard input.
   */
  public static int execute(
      String[] args,
      Map<String, String> environment,
      InputStream stdin,
      PrintWriter out,
      PrintWriter err,
      Clock clock) {
    CommandLine cli = new CommandLine(new HandbackCli(environment, stdin, clock));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (thrown, commandLine, parseResult) -> {
          CliFailure failure = translate(thrown);
          commandLine.getErr().println("handback: " + failure.getMessage());
          commandLine.getErr().flush();
          return failure.exitCode();
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static CliFailure translate(Exception thrown) {
    if (thrown instanceof CliFailure failure) {
      return failure;
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatusRuntimeException status) {
        return new CliFailure(
            ExitCode.TEMPORAL_ERROR,
            "Temporal answered "
                + status.getStatus().getCode()
                + (status.getStatus().getDescription() == null
                    ? ""
                    : ": " + status.getStatus().getDescription()),
            thrown);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return new CliFailure(ExitCode.ERROR, String.valueOf(thrown), thrown);
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Name a command: waiting, inspect or reply (--help says more)");
  }

  Map<String, String> environment() {
    return environment;
  }

  InputStream stdin() {
    return stdin;
  }

  Clock clock() {
    return clock;
  }

  /** The version of the jar, as its manifest names it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = HandbackCli.class.getPackage().getImplementationVersion();
      return new String[] {"handback " + (version == null ? "(development build)" : version)};
    }
  }
}

package dev.handback.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.envconfig.ClientConfigProfile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The connection options read as Temporal's CLI reads them: a flag over its variable. */
class ConnectionOptionsTest {
  private static ConnectionOptions parsed(String... args) {
    ConnectionOptions options = new ConnectionOptions();
    new CommandLine(options).parseArgs(args);
    return options;
  }

  @Test
  void variablesAreReadAndFlagsWinOverThem() {
    Map<String, String> environment =
        Map.of("TEMPORAL_ADDRESS", "temporal.example:7233", "TEMPORAL_NAMESPACE", "prod");

    ClientConfigProfile fromVariables = parsed().profile(environment);
    assertEquals("temporal.example:7233", fromVariables.getAddress());
    assertEquals("prod", fromVariables.getNamespace());

    ClientConfigProfile fromFlags =
        parsed("--address", "127.0.0.1:7999", "-n", "staging").profile(environment);
    assertEquals("127.0.0.1:7999", fromFlags.getAddress());
    assertEquals("staging", fromFlags.getNamespace());
  }

  @Test
  void withoutAnAddressItConnectsWhereTemporalsCliDoes() {
    assertEquals(ConnectionOptions.DEFAULT_ADDRESS, parsed().profile(Map.of()).getAddress());
  }

  @Test
  void anApiKeyFlagTurnsTlsOnAsTheVariableDoes() {
    ClientConfigProfile profile = parsed("--api-key", "secret").profile(Map.of());
    assertTrue(
        profile.toWorkflowServiceStubsOptions().getEnableHttps()
            || profile.toWorkflowServiceStubsOptions().getSslContext() != null);
  }

  @Test
  void aMissingCertificateFileIsAUsageError() {
    StringWriter err = new StringWriter();
    int code =
        HandbackCli.execute(
            new String[] {
              "waiting",
              "--classes",
              "target/test-classes",
              "--tls-cert-path",
              "/nonexistent/client.pem",
              "--tls-key-path",
              "/nonexistent/client.key"
            },
            Map.of(),
            java.io.InputStream.nullInputStream(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            java.time.Clock.systemUTC());
    assertEquals(ExitCode.USAGE, code, err::toString);
    assertTrue(err.toString().startsWith("handback: Cannot use the TLS settings: "), err::toString);
  }

  @Test
  void anUnreachableServerIsATemporalError() {
    CliRun run =
        CliRun.of(
            Map.of("TEMPORAL_ADDRESS", "127.0.0.1:1"),
            "",
            "waiting",
            "--classes",
            "target/test-classes");
    assertEquals(ExitCode.TEMPORAL_ERROR, run.code(), run::toString);
    assertTrue(run.err().startsWith("handback: Temporal answered UNAVAILABLE"), run::toString);
  }
}

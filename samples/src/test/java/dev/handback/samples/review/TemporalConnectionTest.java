package dev.handback.samples.review;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Metadata;
import io.temporal.envconfig.ClientConfigProfile;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the sample reads its connection: Temporal's environment configuration, with the CLI's flags
 * over it; and the mistakes it refuses before connecting. No server is needed: nothing connects.
 */
class TemporalConnectionTest {
  @TempDir Path dir;

  @Test
  void withoutAnAddressTheSampleRunsInProcess() throws IOException {
    assertEquals(Optional.empty(), TemporalConnection.load(new String[0], hermetic(Map.of())));
  }

  @Test
  void eachFlagStandsForTheVariableTemporalsCliReads() throws IOException {
    ClientConfigProfile profile =
        profile(
            Map.of(),
            "--address",
            "temporal.example.com:7233",
            "--namespace=payments",
            "--api-key",
            "secret");

    assertEquals("temporal.example.com:7233", profile.getAddress());
    assertEquals("payments", profile.getNamespace());
    assertEquals("secret", profile.getApiKey());
    assertEquals("payments", profile.toWorkflowClientOptions().getNamespace());
    WorkflowServiceStubsOptions stubs = profile.toWorkflowServiceStubsOptions();
    assertEquals("temporal.example.com:7233", stubs.getTarget());
    assertTrue(stubs.getEnableHttps(), "an API key turns TLS on");
    Metadata headers = new Metadata();
    stubs.getGrpcMetadataProviders().forEach(provider -> headers.merge(provider.getMetadata()));
    assertEquals(
        "Bearer secret",
        headers.get(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER)));
  }

  @Test
  void theVariablesAloneConnectAsTheyDoForTheCli() throws IOException {
    ClientConfigProfile profile =
        profile(Map.of("TEMPORAL_ADDRESS", "env:7233", "TEMPORAL_NAMESPACE", "env-namespace"));

    assertEquals("env:7233", profile.getAddress());
    assertEquals("env-namespace", profile.getNamespace());
    WorkflowServiceStubsOptions stubs = profile.toWorkflowServiceStubsOptions();
    assertFalse(stubs.getEnableHttps());
    assertNull(stubs.getSslContext(), "no TLS setting, no TLS");
  }

  @Test
  void aFlagWinsOverItsVariableWhichWinsOverTheProfile() throws IOException {
    Path file = dir.resolve("temporal.toml");
    Files.writeString(
        file,
        """
        [profile.default]
        address = "file:7233"
        namespace = "file-namespace"

        [profile.prod]
        address = "prod.example.com:7233"
        namespace = "prod-namespace"
        api_key = "prod-key"
        """,
        UTF_8);
    Map<String, String> environment =
        Map.of("TEMPORAL_CONFIG_FILE", file.toString(), "TEMPORAL_NAMESPACE", "env-namespace");

    ClientConfigProfile fromFile = profile(environment);
    ClientConfigProfile flagged =
        profile(environment, "--target", "flag:7233", "-n", "flag-namespace");
    ClientConfigProfile prod = profile(environment, "--profile", "prod");

    assertEquals("file:7233", fromFile.getAddress());
    assertEquals("env-namespace", fromFile.getNamespace());
    assertEquals("flag:7233", flagged.getAddress());
    assertEquals("flag-namespace", flagged.getNamespace());
    assertEquals("prod.example.com:7233", prod.getAddress());
    assertEquals("env-namespace", prod.getNamespace());
    assertEquals("prod-key", prod.getApiKey());
  }

  @Test
  void tlsIsOnWithTlsOrAnyTlsSettingAndOffWithTlsFalse() throws IOException {
    WorkflowServiceStubsOptions tls =
        profile(Map.of(), "--address", "a:7233", "--tls").toWorkflowServiceStubsOptions();
    WorkflowServiceStubsOptions serverName =
        profile(Map.of(), "--address", "a:7233", "--tls-server-name", "temporal.internal")
            .toWorkflowServiceStubsOptions();
    WorkflowServiceStubsOptions plainText =
        profile(Map.of("TEMPORAL_TLS", "true"), "--address", "a:7233", "--tls=false")
            .toWorkflowServiceStubsOptions();

    assertNotNull(tls.getSslContext());
    assertNotNull(serverName.getSslContext());
    assertNull(plainText.getSslContext());
    assertFalse(plainText.getEnableHttps());
  }

  @Test
  void anApiKeyGoesOverTlsEvenWithTlsFalse() throws IOException {
    // Unlike Temporal's CLI: the Java SDK's stubs turn HTTPS on for an API key unless told
    // otherwise in code, and envconfig does not tell them.
    WorkflowServiceStubsOptions stubs =
        profile(Map.of("TEMPORAL_API_KEY", "k"), "--address", "a:7233", "--tls=false")
            .toWorkflowServiceStubsOptions();

    assertNull(stubs.getSslContext());
    assertTrue(stubs.getEnableHttps());
  }

  @Test
  void theSampleSaysWhereAndHowItConnectsButNeverTheKey() throws IOException {
    assertEquals(
        "the Temporal service at a:7233, namespace default, in plain text",
        description(profile(Map.of(), "--address", "a:7233")));
    assertEquals(
        "the Temporal service at cloud:7233, namespace ns.acct, over TLS with an API key",
        description(
            profile(Map.of(), "--address", "cloud:7233", "-n", "ns.acct", "--api-key", "secret")));
  }

  private static String description(ClientConfigProfile profile) {
    try (RemoteTemporal temporal = new RemoteTemporal(profile)) { // connects on the first call
      return temporal.description();
    }
  }

  @Test
  void anUnknownArgumentIsRefusedWithTheUsage() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> profile(Map.of(), "--adress", "a:7233"));

    assertTrue(
        refused.getMessage().startsWith("Unknown argument \"--adress\"\nusage: ReviewSample"),
        refused.getMessage());
  }

  @Test
  void aFlagWithoutItsValueIsRefused() {
    assertEquals(
        "--address needs a value",
        firstLine(
            assertThrows(IllegalArgumentException.class, () -> profile(Map.of(), "--address"))));
    assertEquals(
        "--tls takes true or false, not \"yes\"",
        firstLine(
            assertThrows(
                IllegalArgumentException.class,
                () -> profile(Map.of(), "--address", "a:7233", "--tls=yes"))));
  }

  @Test
  void settingsWithoutAnAddressAreRefusedRatherThanIgnored() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class, () -> profile(Map.of("TEMPORAL_API_KEY", "secret")));

    assertEquals(
        "A namespace, API key or TLS setting was given, but no address: add --address host:port"
            + " or TEMPORAL_ADDRESS (the in-process test server takes no settings)",
        firstLine(refused));
    assertFalse(refused.getMessage().contains("secret"));
  }

  @Test
  void aClientCertificateWithoutItsKeyIsRefused() throws IOException {
    Path certificate = Files.writeString(dir.resolve("client.pem"), "not read", UTF_8);

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                profile(
                    Map.of(), "--address", "a:7233", "--tls-cert-path", certificate.toString()));

    assertEquals(
        "A client certificate goes with its private key: give both --tls-cert-path and"
            + " --tls-key-path (TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH)",
        firstLine(refused));
  }

  @Test
  void aFileThatIsNotThereIsNamedWithItsSetting() {
    Path missing = dir.resolve("missing-ca.pem");

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                profile(
                    Map.of("TEMPORAL_TLS_SERVER_CA_CERT_PATH", missing.toString()),
                    "--address",
                    "a:7233"));

    assertEquals(
        "No readable file at " + missing + " (--tls-ca-path, TEMPORAL_TLS_SERVER_CA_CERT_PATH)",
        refused.getMessage());
  }

  @Test
  void aKeyThatIsNotPkcs8PemIsRefusedWithHowToConvertIt() throws IOException {
    Path certificate = Files.writeString(dir.resolve("client.pem"), "not a certificate", UTF_8);
    Path key = Files.writeString(dir.resolve("client.key"), "not a key", UTF_8);

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                profile(
                    Map.of(),
                    "--address",
                    "a:7233",
                    "--tls-cert-path",
                    certificate.toString(),
                    "--tls-key-path",
                    key.toString()));

    assertTrue(
        refused.getMessage().startsWith("Cannot use the TLS certificate or key: "),
        refused.getMessage());
    assertTrue(
        refused.getMessage().endsWith("openssl pkcs8 -topk8 -nocrypt converts one)"),
        refused.getMessage());
  }

  @Test
  void aProfileThatIsNotInTheFileIsRefused() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("temporal.toml"), "[profile.default]\naddress = \"a:7233\"\n", UTF_8);

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> profile(Map.of(), "--config-file", file.toString(), "--profile", "staging"));

    assertEquals("Unable to find profile staging in config data", refused.getMessage());
  }

  private ClientConfigProfile profile(Map<String, String> environment, String... args)
      throws IOException {
    return TemporalConnection.load(args, hermetic(environment)).orElseThrow();
  }

  /** {@code environment}, with no configuration file unless it names one. */
  private Map<String, String> hermetic(Map<String, String> environment) {
    Map<String, String> variables = new HashMap<>();
    variables.put("TEMPORAL_CONFIG_FILE", dir.resolve("no-temporal.toml").toString());
    variables.putAll(environment);
    return variables;
  }

  private static String firstLine(Exception e) {
    return e.getMessage().lines().findFirst().orElseThrow();
  }
}

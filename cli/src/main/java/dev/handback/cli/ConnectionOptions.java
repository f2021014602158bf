package dev.handback.cli;

import io.temporal.envconfig.ClientConfigProfile;
import io.temporal.envconfig.LoadClientConfigProfileOptions;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The connection options of every command that talks to Temporal, named as Temporal's CLI names
 * them. Each stands for the variable Temporal's CLI reads, and both are read by Temporal's own
 * environment configuration ({@code io.temporal.envconfig}, as the samples use it): a flag wins
 * over its variable, a variable over the {@code temporal.toml} profile.
 */
final class ConnectionOptions {
  /** Where Temporal's CLI connects when nothing says otherwise. */
  static final String DEFAULT_ADDRESS = "127.0.0.1:7233";

  @Option(
      names = "--address",
      paramLabel = "host:port",
      description = "Temporal's frontend (TEMPORAL_ADDRESS; default " + DEFAULT_ADDRESS + ").")
  String address;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "name",
      description = "The namespace (TEMPORAL_NAMESPACE; default: default).")
  String namespace;

  @Option(
      names = "--api-key",
      paramLabel = "key",
      description = "An API key, such as Temporal Cloud's (TEMPORAL_API_KEY); implies TLS.")
  String apiKey;

  @Option(
      names = "--tls",
      arity = "0..1",
      paramLabel = "true|false",
      description = "Connect over TLS (TEMPORAL_TLS).")
  Boolean tls;

  @Option(
      names = "--tls-cert-path",
      paramLabel = "file",
      description = "Client certificate, PEM (TEMPORAL_TLS_CLIENT_CERT_PATH).")
  String tlsCertPath;

  @Option(
      names = "--tls-key-path",
      paramLabel = "file",
      description = "Its private key, PEM PKCS#8 (TEMPORAL_TLS_CLIENT_KEY_PATH).")
  String tlsKeyPath;

  @Option(
      names = "--tls-ca-path",
      paramLabel = "file",
      description = "CA certificate of the server, PEM (TEMPORAL_TLS_SERVER_CA_CERT_PATH).")
  String tlsCaPath;

  @Option(
      names = "--tls-server-name",
      paramLabel = "name",
      description = "Server name to verify (TEMPORAL_TLS_SERVER_NAME).")
  String tlsServerName;

  @Option(
      names = "--tls-disable-host-verification",
      arity = "0..1",
      paramLabel = "true|false",
      description =
          "Do not verify the server's host name (TEMPORAL_TLS_DISABLE_HOST_VERIFICATION).")
  Boolean tlsDisableHostVerification;

  @Option(
      names = "--profile",
      paramLabel = "name",
      description = "Profile of the configuration file (TEMPORAL_PROFILE).")
  String profile;

  @Option(
      names = "--config-file",
      paramLabel = "file",
      description =
          "Temporal's configuration file (TEMPORAL_CONFIG_FILE; default"
              + " ~/.config/temporalio/temporal.toml).")
  String configFile;

  /**
   * The profile these options and {@code environment} describe, as Temporal's CLI would connect.
   *
   * @throws CliFailure if the configuration file cannot be read or a certificate not used
   */
  ClientConfigProfile profile(Map<String, String> environment) {
    Map<String, String> variables = new HashMap<>(environment);
    put(variables, "TEMPORAL_ADDRESS", address);
    put(variables, "TEMPORAL_NAMESPACE", namespace);
    put(variables, "TEMPORAL_API_KEY", apiKey);
    put(variables, "TEMPORAL_TLS", tls);
    put(variables, "TEMPORAL_TLS_CLIENT_CERT_PATH", tlsCertPath);
    put(variables, "TEMPORAL_TLS_CLIENT_KEY_PATH", tlsKeyPath);
    put(variables, "TEMPORAL_TLS_SERVER_CA_CERT_PATH", tlsCaPath);
    put(variables, "TEMPORAL_TLS_SERVER_NAME", tlsServerName);
    put(variables, "TEMPORAL_TLS_DISABLE_HOST_VERIFICATION", tlsDisableHostVerification);
    ClientConfigProfile loaded;
    try {
      loaded =
          ClientConfigProfile.load(
              LoadClientConfigProfileOptions.newBuilder()
                  .setEnvOverrides(variables)
                  .setConfigFilePath(configFile)
                  .setConfigFileProfile(profile)
                  .build());
    } catch (IOException | RuntimeException e) {
      throw new CliFailure(
          ExitCode.USAGE,
          "Cannot read Temporal's configuration (--config-file, TEMPORAL_CONFIG_FILE or"
              + " ~/.config/temporalio/temporal.toml): "
              + e.getMessage(),
          e);
    }
    if (loaded.getAddress() == null || loaded.getAddress().isBlank()) {
      loaded = loaded.toBuilder().setAddress(DEFAULT_ADDRESS).build();
    }
    return loaded;
  }

  private static void put(Map<String, String> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value.toString());
    }
  }
}

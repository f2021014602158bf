package dev.handback.samples.review;

import static java.util.Map.entry;

import io.temporal.envconfig.ClientConfigProfile;
import io.temporal.envconfig.ClientConfigTLS;
import io.temporal.envconfig.LoadClientConfigProfileOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Temporal service the sample connects to, read as Temporal's CLI reads it: Temporal's
 * environment configuration ({@code io.temporal.envconfig}: the {@code TEMPORAL_*} variables over a
 * {@code temporal.toml} profile), with the CLI's flags over both. A flag stands for its variable,
 * so {@code --namespace prod} and {@code TEMPORAL_NAMESPACE=prod} mean the same.
 *
 * <p>Without an address from any of them the sample runs on the in-process test server.
 */
final class TemporalConnection {
  /** The CLI's flags the sample takes, each with the variable it stands for. */
  private static final Map<String, String> FLAGS =
      Map.ofEntries(
          entry("--address", "TEMPORAL_ADDRESS"),
          entry("--target", "TEMPORAL_ADDRESS"), // the sample's flag before it took the CLI's names
          entry("--namespace", "TEMPORAL_NAMESPACE"),
          entry("-n", "TEMPORAL_NAMESPACE"),
          entry("--api-key", "TEMPORAL_API_KEY"),
          entry("--tls", "TEMPORAL_TLS"),
          entry("--tls-cert-path", "TEMPORAL_TLS_CLIENT_CERT_PATH"),
          entry("--tls-cert-data", "TEMPORAL_TLS_CLIENT_CERT_DATA"),
          entry("--tls-key-path", "TEMPORAL_TLS_CLIENT_KEY_PATH"),
          entry("--tls-key-data", "TEMPORAL_TLS_CLIENT_KEY_DATA"),
          entry("--tls-ca-path", "TEMPORAL_TLS_SERVER_CA_CERT_PATH"),
          entry("--tls-ca-data", "TEMPORAL_TLS_SERVER_CA_CERT_DATA"),
          entry("--tls-server-name", "TEMPORAL_TLS_SERVER_NAME"),
          entry("--tls-disable-host-verification", "TEMPORAL_TLS_DISABLE_HOST_VERIFICATION"));

  private static final Set<String> BOOLEAN_FLAGS =
      Set.of("--tls", "--tls-disable-host-verification");
  private static final String PROFILE = "--profile";
  private static final String CONFIG_FILE = "--config-file";

  private static final String USAGE =
      """
      usage: ReviewSample [--address host:port] [--namespace name] [--api-key key] [--tls]
                          [--tls-cert-path file --tls-key-path file] [--tls-ca-path file]
                          [--tls-server-name name] [--tls-disable-host-verification]
                          [--profile name] [--config-file file]
      Each flag stands for the variable Temporal's CLI reads (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE,
      TEMPORAL_API_KEY, TEMPORAL_TLS_CLIENT_CERT_PATH, ...): a flag wins over its variable, a
      variable over the temporal.toml profile. Without an address the sample runs on Temporal's
      in-process test server.""";

  private TemporalConnection() {}

  /**
   * The profile that {@code args} and {@code environment} describe, or empty for the in-process
   * test server.
   *
   * @throws IllegalArgumentException for a flag it does not know or without its value, a profile
   *     that is not in the configuration file, settings without an address, a client certificate
   *     without its key (or the other way round), a certificate or key file that cannot be read or
   *     used; the message says which and, for the flags, how the command goes
   * @throws IOException if the configuration file cannot be read or parsed
   */
  static Optional<ClientConfigProfile> load(String[] args, Map<String, String> environment)
      throws IOException {
    Map<String, String> variables = new HashMap<>(environment);
    String profileName = null;
    String configFile = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String flag = equals < 0 ? arg : arg.substring(0, equals);
      String inline = equals < 0 ? null : arg.substring(equals + 1);
      String value;
      if (BOOLEAN_FLAGS.contains(flag)) {
        value = inline == null ? "true" : inline;
        if (!value.equals("true") && !value.equals("false")) {
          throw usage(flag + " takes true or false, not \"" + value + "\"");
        }
      } else if (FLAGS.containsKey(flag) || flag.equals(PROFILE) || flag.equals(CONFIG_FILE)) {
        if (inline != null) {
          value = inline;
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw usage(flag + " needs a value");
        }
      } else {
        throw usage("Unknown argument \"" + arg + "\"");
      }
      switch (flag) {
        case PROFILE -> profileName = value;
        case CONFIG_FILE -> configFile = value;
        default -> variables.put(FLAGS.get(flag), value);
      }
    }

    ClientConfigProfile profile;
    try {
      profile =
          ClientConfigProfile.load(
              LoadClientConfigProfileOptions.newBuilder()
                  .setEnvOverrides(variables)
                  .setConfigFilePath(configFile)
                  .setConfigFileProfile(profileName)
                  .build());
    } catch (IOException e) {
      throw new IOException(
          "Cannot read the Temporal configuration file (--config-file, TEMPORAL_CONFIG_FILE or"
              + " ~/.config/temporalio/temporal.toml): "
              + e.getMessage(),
          e);
    }
    if (isBlank(profile.getAddress())) {
      if (hasSettings(profile)) {
        throw usage(
            "A namespace, API key or TLS setting was given, but no address: add --address"
                + " host:port or TEMPORAL_ADDRESS (the in-process test server takes no settings)");
      }
      return Optional.empty();
    }
    checkTls(profile.getTls());
    try {
      profile.toWorkflowServiceStubsOptions(); // reads the certificate and key files, if any
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Cannot use the TLS certificate or key: "
              + messages(e)
              + " (certificates and keys in PEM; the key unencrypted PKCS#8, \"BEGIN PRIVATE"
              + " KEY\": openssl pkcs8 -topk8 -nocrypt converts one)",
          e);
    }
    return Optional.of(profile);
  }

  private static boolean hasSettings(ClientConfigProfile profile) {
    return !isBlank(profile.getNamespace())
        || !isBlank(profile.getApiKey())
        || profile.getTls() != null
        || profile.getMetadata() != null;
  }

  private static void checkTls(ClientConfigTLS tls) {
    if (tls == null) {
      return;
    }
    boolean certificate = given(tls.getClientCertPath(), tls.getClientCertData());
    boolean key = given(tls.getClientKeyPath(), tls.getClientKeyData());
    if (certificate != key) {
      throw usage(
          "A client certificate goes with its private key: give both --tls-cert-path and"
              + " --tls-key-path (TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH)");
    }
    readable(tls.getClientCertPath(), "--tls-cert-path, TEMPORAL_TLS_CLIENT_CERT_PATH");
    readable(tls.getClientKeyPath(), "--tls-key-path, TEMPORAL_TLS_CLIENT_KEY_PATH");
    readable(tls.getServerCACertPath(), "--tls-ca-path, TEMPORAL_TLS_SERVER_CA_CERT_PATH");
  }

  private static void readable(String path, String setting) {
    if (!isBlank(path) && !Files.isReadable(Path.of(path))) {
      throw new IllegalArgumentException("No readable file at " + path + " (" + setting + ")");
    }
  }

  private static boolean given(String path, byte[] data) {
    return !isBlank(path) || (data != null && data.length > 0);
  }

  private static String messages(Throwable e) {
    StringBuilder messages = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      messages.append(": ").append(cause.getMessage());
    }
    return messages.toString();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(problem + "\n" + USAGE);
  }
}

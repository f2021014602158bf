package dev.handback.samples.tls;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates for a test of TLS, made afresh in a directory by the JDK's {@code keytool}: a CA, a
 * server certificate it signed for {@code localhost} and {@code 127.0.0.1}, a client certificate it
 * signed, and a self-signed client certificate that no CA vouches for. Each is a PEM certificate
 * and an unencrypted PKCS#8 PEM key, as Temporal's CLI and SDKs read them. Valid for two days;
 * nothing of it is kept beyond the directory.
 */
public final class TestCertificates {
  /** The subject of {@link #client()}. */
  public static final String CLIENT_SUBJECT = "CN=handback-sample-client";

  private static final char[] PASSWORD = "handback-test".toCharArray();
  private static final String VALIDITY_DAYS = "2";
  private static final Base64.Encoder PEM_BASE64 =
      Base64.getMimeEncoder(64, "\n".getBytes(US_ASCII));

  /** A certificate and its private key, both PEM files. */
  public record KeyPair(Path certificate, Path key) {}

  private final Path ca;
  private final KeyPair server;
  private final KeyPair client;
  private final KeyPair stranger;

  private TestCertificates(Path ca, KeyPair server, KeyPair client, KeyPair stranger) {
    this.ca = ca;
    this.server = server;
    this.client = client;
    this.stranger = stranger;
  }

  /** Makes the CA and the three certificates in {@code dir}. */
  public static TestCertificates create(Path dir) throws IOException, InterruptedException {
    Path caStore = dir.resolve("ca.p12");
    keytool(
        "-genkeypair",
        "-keystore",
        caStore.toString(),
        "-alias",
        "ca",
        "-dname",
        "CN=Handback test CA",
        "-ext",
        "bc:c");
    Path ca = dir.resolve("ca.pem");
    Files.writeString(ca, pem("CERTIFICATE", entry(caStore, "ca").certificate), US_ASCII);

    KeyPair server =
        signed(
            dir, caStore, "server", "CN=localhost", "san=dns:localhost,ip:127.0.0.1", "serverAuth");
    KeyPair client = signed(dir, caStore, "client", CLIENT_SUBJECT, null, "clientAuth");

    Path strangerStore = dir.resolve("stranger.p12");
    keytool(
        "-genkeypair",
        "-keystore",
        strangerStore.toString(),
        "-alias",
        "stranger",
        "-dname",
        "CN=handback-stranger");
    KeyPair stranger = export(dir, "stranger", entry(strangerStore, "stranger"));
    return new TestCertificates(ca, server, client, stranger);
  }

  /** The CA's certificate: what a server or client trusts to accept the other's certificate. */
  public Path caCertificate() {
    return ca;
  }

  /** The server's certificate, for {@code localhost} and {@code 127.0.0.1}, signed by the CA. */
  public KeyPair server() {
    return server;
  }

  /** A client certificate signed by the CA, with subject {@link #CLIENT_SUBJECT}. */
  public KeyPair client() {
    return client;
  }

  /** A self-signed client certificate: no CA of this set signed it. */
  public KeyPair stranger() {
    return stranger;
  }

  private static KeyPair signed(
      Path dir, Path caStore, String name, String subject, String san, String extendedUsage)
      throws IOException, InterruptedException {
    Path store = dir.resolve(name + ".p12");
    keytool("-genkeypair", "-keystore", store.toString(), "-alias", name, "-dname", subject);
    Path request = dir.resolve(name + ".csr");
    keytool("-certreq", "-keystore", store.toString(), "-alias", name, "-file", request.toString());
    Path certificate = dir.resolve(name + ".pem");
    List<String> sign =
        new ArrayList<>(
            List.of(
                "-gencert",
                "-keystore",
                caStore.toString(),
                "-alias",
                "ca",
                "-infile",
                request.toString(),
                "-outfile",
                certificate.toString(),
                "-rfc",
                "-ext",
                "ku:c=digitalSignature",
                "-ext",
                "eku=" + extendedUsage));
    if (san != null) {
      sign.addAll(List.of("-ext", san));
    }
    keytool(sign.toArray(String[]::new));
    Path key = dir.resolve(name + ".key");
    Files.writeString(key, pem("PRIVATE KEY", entry(store, name).key), US_ASCII);
    return new KeyPair(certificate, key);
  }

  private static KeyPair export(Path dir, String name, StoreEntry entry) throws IOException {
    Path certificate = dir.resolve(name + ".pem");
    Files.writeString(certificate, pem("CERTIFICATE", entry.certificate), US_ASCII);
    Path key = dir.resolve(name + ".key");
    Files.writeString(key, pem("PRIVATE KEY", entry.key), US_ASCII);
    return new KeyPair(certificate, key);
  }

  private record StoreEntry(byte[] certificate, byte[] key) {}

  /** The certificate and the PKCS#8 encoding of the key stored under {@code alias}. */
  private static StoreEntry entry(Path store, String alias) throws IOException {
    try (InputStream in = Files.newInputStream(store)) {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, PASSWORD);
      Certificate certificate = keyStore.getCertificate(alias);
      Key key = keyStore.getKey(alias, PASSWORD);
      return new StoreEntry(certificate.getEncoded(), key.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IOException("Cannot read " + alias + " from " + store, e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + PEM_BASE64.encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  /** Runs the JDK's keytool with {@code args}, an EC P-256 key, two days and the test password. */
  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    if (args[0].equals("-genkeypair")) {
      command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1"));
    }
    if (!args[0].equals("-certreq")) {
      command.addAll(List.of("-validity", VALIDITY_DAYS));
    }
    command.addAll(
        List.of(
            "-storetype",
            "PKCS12",
            "-storepass",
            new String(PASSWORD),
            "-keypass",
            new String(PASSWORD),
            "-noprompt"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("keytool did not finish within a minute: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "keytool failed ("
              + process.exitValue()
              + "): "
              + command
              + "\n"
              + new String(output, UTF_8));
    }
  }
}

package dev.handback.samples.review;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.handback.samples.review.ReviewOutcome.Status;
import dev.handback.samples.tls.TestCertificates;
import dev.handback.samples.tls.TlsGrpcProxy;
import dev.handback.samples.tls.TlsGrpcProxy.ForwardedCall;
import dev.handback.testserver.StandaloneTestServer;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.RespondActivityTaskCompletedByIdRequest;
import io.temporal.envconfig.ClientConfigProfile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample and a completer over real TLS sockets, as a self-hosted cluster with mTLS and Temporal
 * Cloud with an API key serve them: Temporal's standalone test server behind {@link TlsGrpcProxy},
 * with certificates made for the run ({@link TestCertificates}). The proxy shows what reached the
 * wire: the API key as the {@code authorization} header, the namespace, the client certificate.
 */
class ProductionConnectionTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();

  private static final String NAMESPACE = "handback-production";
  private static final String API_KEY = "hb-test-api-key-2f7c9e";
  private static final Path CLASSPATH_FILE = Path.of("target/runtime-classpath.txt");

  @TempDir static Path dir;
  private static TestCertificates certificates;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certificates = TestCertificates.create(dir);
  }

  @Test
  void theSampleRunsOverMutualTlsWithAnApiKeyAndANamespaceFromTheEnvironment() throws Exception {
    try (TlsGrpcProxy proxy =
        TlsGrpcProxy.mutualTls(
            SERVER.target(), certificates.server(), certificates.caCertificate())) {
      Map<String, String> environment =
          Map.of(
              "TEMPORAL_ADDRESS", proxy.target(),
              "TEMPORAL_NAMESPACE", NAMESPACE,
              "TEMPORAL_API_KEY", API_KEY,
              "TEMPORAL_TLS_CLIENT_CERT_PATH", certificates.client().certificate().toString(),
              "TEMPORAL_TLS_CLIENT_KEY_PATH", certificates.client().key().toString(),
              "TEMPORAL_TLS_SERVER_CA_CERT_PATH", certificates.caCertificate().toString());

      String printed = runSampleMain(environment);

      assertTrue(
          printed.contains(
              "runs on the Temporal service at "
                  + proxy.target()
                  + ", namespace "
                  + NAMESPACE
                  + ", over TLS with a client certificate and an API key"),
          printed);
      List<String> results =
          printed.lines().filter(line -> line.startsWith("[sample]      result: ")).toList();
      assertEquals(4, results.size(), printed);
      assertTrue(results.get(0).contains("documentId=DOC-1, status=PUBLISHED"), printed);
      assertTrue(results.get(1).contains("documentId=DOC-2, status=RETURNED_TO_AUTHOR"), printed);
      assertTrue(results.get(2).contains("documentId=DOC-1, status=PUBLISHED"), printed);
      assertTrue(results.get(3).contains("documentId=DOC-2, status=RETURNED_TO_AUTHOR"), printed);
      assertFalse(printed.contains(API_KEY), "the API key was printed:\n" + printed);

      List<ForwardedCall> calls = proxy.calls();
      assertEveryCallCarriesTheKeyAndTheNamespace(calls);
      for (ForwardedCall call : calls) {
        assertEquals(TestCertificates.CLIENT_SUBJECT, call.clientSubject(), call.method());
      }
      // Path 1: the desk's completer completed both reviews by their ids (the default handle),
      // each with its decision.
      assertEquals(
          List.of(true, false),
          calls.stream()
              .filter(call -> call.shortMethod().equals("RespondActivityTaskCompletedById"))
              .map(ProductionConnectionTest::completedResult)
              .filter(result -> result.contains("\"reviewer\":\"" + ReviewSample.REVIEWER + "\""))
              .map(result -> result.contains("\"approved\":true"))
              .toList(),
          methods(calls).toString());
      // Path 2: one decision through the completer, one through the webhook receiver (its repeated
      // POST was a duplicate and not sent again), both by signal.
      assertEquals(2, count(calls, "SignalWorkflowExecution"), methods(calls).toString());
    }
  }

  @Test
  void aCompleterAndTheWebhookReplyOverTlsWithAnApiKeyAsTemporalCloudTakesIt() throws Exception {
    try (TlsGrpcProxy proxy = TlsGrpcProxy.serverTls(SERVER.target(), certificates.server())) {
      // No --tls: an API key turns TLS on, as Temporal's CLI and SDKs do.
      ClientConfigProfile profile =
          connection(
              "--address",
              proxy.target(),
              "--namespace",
              NAMESPACE,
              "--api-key",
              API_KEY,
              "--tls-ca-path",
              certificates.caCertificate().toString());

      List<ReviewOutcome> outcomes;
      try (RemoteTemporal temporal = new RemoteTemporal(profile)) {
        assertEquals(
            "the Temporal service at "
                + proxy.target()
                + ", namespace "
                + NAMESPACE
                + ", over TLS with an API key",
            temporal.description());
        outcomes = PathsSample.run(temporal);
      }

      assertEquals(
          List.of(Status.PUBLISHED, Status.RETURNED_TO_AUTHOR),
          outcomes.stream().map(ReviewOutcome::status).toList());
      List<ForwardedCall> calls = proxy.calls();
      assertEveryCallCarriesTheKeyAndTheNamespace(calls);
      for (ForwardedCall call : calls) {
        assertNull(call.clientSubject(), call.method());
      }
      assertEquals(2, count(calls, "SignalWorkflowExecution"), methods(calls).toString());
    }
  }

  @Test
  void mutualTlsRefusesAClientWithoutACertificateOrWithOneNoTrustedCaSigned() throws Exception {
    try (TlsGrpcProxy proxy =
        TlsGrpcProxy.mutualTls(
            SERVER.target(), certificates.server(), certificates.caCertificate())) {
      String ca = certificates.caCertificate().toString();
      ClientConfigProfile withoutCertificate =
          connection("--address", proxy.target(), "--api-key", API_KEY, "--tls-ca-path", ca);
      ClientConfigProfile stranger =
          connection(
              "--address",
              proxy.target(),
              "--tls-cert-path",
              certificates.stranger().certificate().toString(),
              "--tls-key-path",
              certificates.stranger().key().toString(),
              "--tls-ca-path",
              ca);
      ClientConfigProfile honest =
          connection(
              "--address",
              proxy.target(),
              "--tls-cert-path",
              certificates.client().certificate().toString(),
              "--tls-key-path",
              certificates.client().key().toString(),
              "--tls-ca-path",
              ca);

      assertEquals("UNAVAILABLE", refusal(withoutCertificate).getStatus().getCode().name());
      assertEquals("UNAVAILABLE", refusal(stranger).getStatus().getCode().name());
      assertEquals(List.of(), proxy.calls(), "a refused client's call was forwarded");

      try (RemoteTemporal temporal = new RemoteTemporal(honest)) {
        systemInfo(temporal);
      }
      assertEquals(List.of("GetSystemInfo"), methods(proxy.calls()));
    }
  }

  @Test
  void aClientThatDoesNotTrustTheServersCaRefusesTheServer() throws Exception {
    try (TlsGrpcProxy proxy = TlsGrpcProxy.serverTls(SERVER.target(), certificates.server())) {
      // The JDK's default trust store knows nothing of the test CA.
      ClientConfigProfile trustsDefaultCas =
          connection("--address", proxy.target(), "--api-key", API_KEY);

      assertEquals("UNAVAILABLE", refusal(trustsDefaultCas).getStatus().getCode().name());
      assertEquals(List.of(), proxy.calls(), "the API key reached an untrusted server");
    }
  }

  private static void assertEveryCallCarriesTheKeyAndTheNamespace(List<ForwardedCall> calls) {
    assertFalse(calls.isEmpty(), "nothing went through the proxy");
    for (ForwardedCall call : calls) {
      assertEquals("Bearer " + API_KEY, call.header("authorization"), call.method());
    }
    // The client's calls name their namespace in a header (Temporal Cloud routes by it); the
    // worker's polls name it in the request.
    List<ForwardedCall> replies =
        calls.stream()
            .filter(
                call ->
                    call.shortMethod().equals("RespondActivityTaskCompleted")
                        || call.shortMethod().equals("SignalWorkflowExecution"))
            .toList();
    assertFalse(replies.isEmpty(), methods(calls).toString());
    for (ForwardedCall reply : replies) {
      assertEquals(NAMESPACE, reply.header("temporal-namespace"), reply.method());
    }
  }

  private static StatusRuntimeException refusal(ClientConfigProfile profile) {
    try (RemoteTemporal temporal = new RemoteTemporal(profile)) {
      return assertThrows(StatusRuntimeException.class, () -> systemInfo(temporal));
    }
  }

  private static void systemInfo(RemoteTemporal temporal) {
    temporal
        .client()
        .getWorkflowServiceStubs()
        .blockingStub()
        .withDeadlineAfter(20, TimeUnit.SECONDS)
        .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
  }

  private static ClientConfigProfile connection(String... args) throws Exception {
    return TemporalConnection.load(args, Map.of("TEMPORAL_CONFIG_FILE", noConfigFile()))
        .orElseThrow();
  }

  private static String noConfigFile() {
    return dir.resolve("no-temporal.toml").toString();
  }

  /** The result of a {@code RespondActivityTaskCompleted} call, as the JSON it carried. */
  private static String completedResult(ForwardedCall call) {
    try {
      RespondActivityTaskCompletedByIdRequest request =
          RespondActivityTaskCompletedByIdRequest.parseFrom(call.requests().get(0));
      assertEquals(NAMESPACE, request.getNamespace());
      return request.getResult().getPayloadsList().stream()
          .map(payload -> payload.getData().toStringUtf8())
          .collect(Collectors.joining());
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError("not a RespondActivityTaskCompletedByIdRequest", e);
    }
  }

  private static long count(List<ForwardedCall> calls, String method) {
    return calls.stream().filter(call -> call.shortMethod().equals(method)).count();
  }

  private static List<String> methods(List<ForwardedCall> calls) {
    return calls.stream().map(ForwardedCall::shortMethod).toList();
  }

  /**
   * {@code ReviewSample.main} in its own JVM on the module's runtime classpath, as the README's
   * first command runs it, with {@code environment} and no other {@code TEMPORAL_*} variable.
   */
  private static String runSampleMain(Map<String, String> environment) throws Exception {
    String classpath =
        Path.of("target/classes").toAbsolutePath()
            + File.pathSeparator
            + Files.readString(CLASSPATH_FILE, UTF_8).strip();
    Path output = dir.resolve("review-sample.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-classpath",
                classpath,
                ReviewSample.class.getName()));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("TEMPORAL_"));
    builder.environment().putAll(environment);
    builder.environment().put("TEMPORAL_CONFIG_FILE", noConfigFile());
    Process sample = builder.start();
    try {
      assertTrue(sample.waitFor(3, TimeUnit.MINUTES), "the sample did not end within 3 minutes");
    } finally {
      sample.destroyForcibly();
    }
    String printed = Files.readString(output, UTF_8);
    assertEquals(0, sample.exitValue(), printed);
    return printed;
  }
}

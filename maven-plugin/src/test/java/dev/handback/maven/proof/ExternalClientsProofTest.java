package dev.handback.maven.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.maven.CompleterJarBuilder;
import dev.handback.maven.ContractGenerator;
import dev.handback.maven.ModelReader;
import dev.handback.maven.ProjectCoordinates;
import dev.handback.maven.testing.NodeProgram;
import dev.handback.runtime.ReplyAddress;
import dev.handback.testserver.StandaloneTestServer;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Proves the build step's promise to external teams against Temporal's standalone test server in
 * its own process (real gRPC): a Node.js program that reads only {@code contract.json} and a handle
 * completes, fails and heartbeats Java activities with {@code @temporalio/client}, by the ids a
 * handle carries or with its task token (path completion), and delivers results and failures by
 * signal to workflows waiting in their generated inbox (path signal); Java code compiled against
 * only the completer jar, {@code handback-annotations} and {@code temporal-sdk} replies on both
 * paths too. The Java worker and workflows see the typed values.
 */
class ExternalClientsProofTest {
  private static final String QUEUE = "proof";
  private static final Path WORK = Path.of(System.getProperty("handback.workDir", "target/proof"));
  private static final Path NODE_SOURCE =
      Path.of(System.getProperty("handback.nodeProject", "src/test/node"));
  private static final String SCRIPT = "handback-reply.mjs";

  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();

  private static WorkerFactory workers;
  private static WorkflowClient client;
  private static ProofActivitiesImpl activities;
  private static Path testClasses;
  private static Path contract;
  private static NodeProgram node;

  @BeforeAll
  static void start() throws Exception {
    testClasses =
        Path.of(ProofActivities.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    contract =
        new ContractGenerator()
            .generate(
                new ProjectCoordinates("dev.handback", "proof", "1"),
                testClasses,
                ExternalClientsProofTest.class.getClassLoader(),
                WORK.resolve("contract"))
            .orElseThrow()
            .json();
    node = NodeProgram.install(NODE_SOURCE, WORK.resolve("node"));
    client = SERVER.client();
    workers = WorkerFactory.newInstance(client);
    Worker worker = workers.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(
        ReviewWorkflow.Impl.class, RefundWorkflow.Impl.class, ShipmentWorkflow.Impl.class);
    activities = new ProofActivitiesImpl();
    worker.registerActivitiesImplementations(activities);
    workers.start();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (workers != null) {
      workers.shutdownNow();
      workers.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void nodeClientHeartbeatsThenCompletesAHandleByIdsWithTypedResult() throws Exception {
    ReviewWorkflow workflow = newWorkflow(ReviewWorkflow.class);
    WorkflowClient.start(workflow::review, "doc-1");
    String handle = nextHandle();
    assertTrue(handle.startsWith("hb1.ProofActivities.review.a."), "a handle by ids");

    reply(handle, "Proof_Review", "heartbeat", "{\"progress\":\"halfway\"}");
    String heartbeat =
        pendingActivityHeartbeat(WorkflowStub.fromTyped(workflow).getExecution().getWorkflowId());
    assertTrue(heartbeat.contains("halfway"), "heartbeat details seen by Temporal: " + heartbeat);

    reply(
        handle,
        "Proof_Review",
        "complete",
        "{\"approved\":true,\"reviewer\":\"node-team\",\"notes\":[\"reads well\",\"typo p. 3\"]}");
    Verdict verdict = WorkflowStub.fromTyped(workflow).getResult(Verdict.class);
    assertEquals(new Verdict(true, "node-team", List.of("reads well", "typo p. 3")), verdict);
  }

  @Test
  void nodeClientFailsATaskTokenHandleWithTypedFailure() throws Exception {
    RefundWorkflow workflow = newWorkflow(RefundWorkflow.class);
    WorkflowClient.start(workflow::refund, "order-9");
    String handle = nextHandle();
    assertTrue(handle.startsWith("hb1.ProofActivities.approveRefund.t."), "a task-token handle");

    reply(handle, "Proof_ApproveRefund", "fail", "RefundRejected", "no receipt attached");

    WorkflowFailedException failed =
        assertThrows(
            WorkflowFailedException.class,
            () -> WorkflowStub.fromTyped(workflow).getResult(Void.class));
    ActivityFailure activity = assertInstanceOf(ActivityFailure.class, failed.getCause());
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, activity.getCause());
    assertEquals("RefundRejected", cause.getType());
    assertEquals("no receipt attached", cause.getOriginalMessage());
  }

  @Test
  void nodeClientRefusesHandleOfAnotherActivity() throws Exception {
    ReviewWorkflow workflow = newWorkflow(ReviewWorkflow.class);
    WorkflowClient.start(workflow::review, "doc-2");
    String handle = nextHandle();

    AssertionError refused =
        assertThrows(AssertionError.class, () -> reply(handle, "Proof_ApproveRefund", "complete"));
    assertTrue(
        refused.getMessage().contains("not a handle of Proof_ApproveRefund"), refused.getMessage());
    assertFalse(refused.getMessage().contains(handle), "the handle must not be echoed");

    reply(
        handle,
        "Proof_Review",
        "complete",
        "{\"approved\":false,\"reviewer\":\"node-team\",\"notes\":[]}");
    assertEquals(
        new Verdict(false, "node-team", List.of()),
        WorkflowStub.fromTyped(workflow).getResult(Verdict.class));
  }

  @Test
  void nodeClientDeliversTypedResultBySignal() throws Exception {
    ShipmentWorkflow workflow = newWorkflow(ShipmentWorkflow.class);
    WorkflowClient.start(workflow::ship, "order-21");
    String handle = nextHandle();
    assertTrue(handle.startsWith("hb1.ProofActivities.bookShipment.s."), "a signal handle");

    String output =
        reply(
            handle,
            "Proof_BookShipment",
            "complete",
            "{\"carrier\":\"node-post\",\"days\":3,\"speed\":\"EXPRESS\",\"stops\":[\"Lyon\",\"Paris\"]}");

    assertTrue(
        output.contains("complete of Proof_BookShipment: delivered by signal shipmentBooked"),
        output);
    assertEquals(
        new Shipment("node-post", 3, Shipment.Speed.EXPRESS, List.of("Lyon", "Paris")),
        shipped(workflow));

    AssertionError late =
        assertThrows(
            AssertionError.class,
            () ->
                reply(
                    handle,
                    "Proof_BookShipment",
                    "complete",
                    "{\"carrier\":\"late\",\"days\":1,\"speed\":\"STANDARD\",\"stops\":[]}"));
    assertTrue(
        late.getMessage()
            .contains(
                "the workflow run the handle names is no longer waiting (it has closed): nothing was delivered"),
        late.getMessage());
  }

  @Test
  void nodeClientDeliversTypedFailureBySignal() throws Exception {
    ShipmentWorkflow workflow = newWorkflow(ShipmentWorkflow.class);
    WorkflowClient.start(workflow::ship, "order-22");
    String handle = nextHandle();

    reply(handle, "Proof_BookShipment", "fail", "CarrierUnavailable", "no truck before Monday");

    WorkflowFailedException failed =
        assertThrows(WorkflowFailedException.class, () -> shipped(workflow));
    // On this path the workflow's inbox throws, not an activity: the failure is not wrapped.
    ApplicationFailure cause = assertInstanceOf(ApplicationFailure.class, failed.getCause());
    assertEquals("CarrierUnavailable", cause.getType());
    assertEquals("no truck before Monday", cause.getOriginalMessage());
    assertTrue(cause.isNonRetryable());
  }

  @Test
  void nodeClientRefusesWhatTheSignalPathCannotTake() throws Exception {
    ShipmentWorkflow workflow = newWorkflow(ShipmentWorkflow.class);
    WorkflowClient.start(workflow::ship, "order-23");
    String handle = nextHandle();
    String taskTokenHandle =
        ProofActivitiesCompleter.BookShipmentHandle.of(
                new ReplyAddress.TaskToken(
                    "a task token of bookShipment".getBytes(StandardCharsets.UTF_8)))
            .encode();
    String shipment = "{\"carrier\":\"node-post\",\"days\":2,\"speed\":\"STANDARD\",\"stops\":[]}";

    assertRefused(
        taskTokenHandle,
        "the handle is of kind 't', and Proof_BookShipment takes its result on path 'signal' (kind 's')"
            + " in this contract",
        "Proof_BookShipment",
        "complete",
        shipment);
    assertRefused(
        handle, "the handle is not a handle of Proof_Review", "Proof_Review", "complete", shipment);
    assertRefused(
        handle,
        "Proof_BookShipment (path signal) does not support 'heartbeat'",
        "Proof_BookShipment",
        "heartbeat",
        "{}");
    assertRefused(
        handle,
        "the signal argument does not match the contract's signalPayload.success: /result/days must be integer",
        "Proof_BookShipment",
        "complete",
        shipment.replace("2", "\"two\""));
    assertRefused(
        handle,
        "the signal argument does not match the contract's signalPayload.failure: /failure/type must match pattern",
        "Proof_BookShipment",
        "fail",
        " ",
        "a blank type");

    reply(handle, "Proof_BookShipment", "complete", shipment);
    assertEquals(
        new Shipment("node-post", 2, Shipment.Speed.STANDARD, List.of()),
        shipped(workflow),
        "nothing refused reached the workflow: the first outcome delivered wins");
  }

  @Test
  void javaTeamWithOnlyTheCompleterJarRepliesOnBothPaths() throws Exception {
    Path jar = WORK.resolve("completer/proof-completer.jar");
    CompleterJarBuilder.Outcome built =
        new CompleterJarBuilder().build(new ModelReader().read(testClasses), testClasses, jar);
    assertTrue(
        built.classes().contains("dev/handback/maven/proof/Verdict"), built.classes().toString());
    assertTrue(
        built.classes().contains("dev/handback/maven/proof/Shipment$Speed"),
        built.classes().toString());
    assertEquals(
        Set.of(),
        built.elsewhere(),
        "everything the completers need is in the jar or its dependencies");
    assertFalse(
        built.classes().contains("dev/handback/maven/proof/ProofActivitiesImpl"),
        built.classes().toString());
    assertFalse(
        built.classes().contains("dev/handback/maven/proof/ReviewWorkflow"),
        built.classes().toString());

    List<Path> classpath = new ArrayList<>();
    classpath.add(jar);
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      // Everything but this project's own classes and the processor: the test-classes that hold
      // the activity interface, its implementation and the workflows are out.
      if (!path.equals(testClasses)
          && !path.equals(testClasses.resolveSibling("classes"))
          && !path.getFileName().toString().startsWith("handback-processor")
          && !path.toString().contains("processor" + File.separator + "target")) {
        classpath.add(path);
      }
    }
    Path out = WORK.resolve("external-team/classes");
    Files.createDirectories(out);
    Path source =
        Path.of(
            ExternalClientsProofTest.class
                .getResource("/external-team/desk/ExternalDesk.java")
                .toURI());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String cp = String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());
    int status =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "-Xlint:all,-path",
            "-Werror",
            "-cp",
            cp,
            "-d",
            out.toString(),
            source.toString());
    assertEquals(
        0, status, "the external team's code must compile against the completer jar alone");

    ReviewWorkflow review = newWorkflow(ReviewWorkflow.class);
    WorkflowClient.start(review::review, "doc-3");
    String reviewHandle = nextHandle();
    ShipmentWorkflow shipment = newWorkflow(ShipmentWorkflow.class);
    WorkflowClient.start(shipment::ship, "order-24");
    String shipmentHandle = nextHandle();
    List<URL> urls = new ArrayList<>();
    urls.add(out.toUri().toURL());
    for (Path path : classpath) {
      urls.add(path.toUri().toURL());
    }
    // Left open: the team's own copy of gRPC shuts its shared event loop down about a second
    // after the last channel closed, and still loads classes from this loader then.
    URLClassLoader team =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Class<?> desk = team.loadClass("desk.ExternalDesk");
    assertEquals(team, team.loadClass("dev.handback.maven.proof.Verdict").getClassLoader());
    desk.getMethod("approve", String.class, String.class)
        .invoke(null, SERVER.target(), reviewHandle);
    desk.getMethod("book", String.class, String.class)
        .invoke(null, SERVER.target(), shipmentHandle);
    assertEquals(
        new Verdict(true, "java-team", List.of("from the completer jar")),
        WorkflowStub.fromTyped(review).getResult(Verdict.class));
    assertEquals(
        new Shipment("java-post", 1, Shipment.Speed.EXPRESS, List.of("from the completer jar")),
        shipped(shipment));
  }

  private static <T> T newWorkflow(Class<T> type) {
    return client.newWorkflowStub(
        type,
        WorkflowOptions.newBuilder()
            .setTaskQueue(QUEUE)
            .setWorkflowId("proof-" + UUID.randomUUID())
            .build());
  }

  /**
   * The workflow's result. Bounded: a signal argument the worker cannot read is dropped, and the
   * workflow would wait for the declared hour.
   */
  private static Shipment shipped(ShipmentWorkflow workflow) throws TimeoutException {
    return WorkflowStub.fromTyped(workflow).getResult(60, TimeUnit.SECONDS, Shipment.class);
  }

  private static String nextHandle() throws InterruptedException {
    String handle = activities.outbox.poll(60, TimeUnit.SECONDS);
    assertNotNull(handle, "no activity handed itself off within 60 s");
    return handle;
  }

  /** Runs the Node.js program with {@code handle} on its standard input; returns its output. */
  private static String reply(
      String handle, String activityType, String action, String... arguments) {
    List<String> all =
        new ArrayList<>(List.of(contract.toString(), SERVER.target(), activityType, action));
    all.addAll(List.of(arguments));
    return node.run(SCRIPT, handle, all.toArray(String[]::new));
  }

  /** The Node.js program refuses the reply with {@code message}, without repeating the handle. */
  private static void assertRefused(
      String handle, String message, String activityType, String action, String... arguments) {
    AssertionError refused =
        assertThrows(AssertionError.class, () -> reply(handle, activityType, action, arguments));
    assertTrue(refused.getMessage().contains("exited with 2"), refused.getMessage());
    assertTrue(refused.getMessage().contains("handback-reply: " + message), refused.getMessage());
    assertFalse(refused.getMessage().contains(handle), "the handle must not be echoed");
  }

  private static String pendingActivityHeartbeat(String workflowId) {
    List<PendingActivityInfo> pending =
        client
            .getWorkflowServiceStubs()
            .blockingStub()
            .describeWorkflowExecution(
                DescribeWorkflowExecutionRequest.newBuilder()
                    .setNamespace("default")
                    .setExecution(
                        io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                            .setWorkflowId(workflowId))
                    .build())
            .getPendingActivitiesList();
    assertEquals(1, pending.size(), "pending activities");
    StringBuilder details = new StringBuilder();
    for (Payload payload : pending.get(0).getHeartbeatDetails().getPayloadsList()) {
      details.append(payload.getData().toString(StandardCharsets.UTF_8));
    }
    return details.toString();
  }
}

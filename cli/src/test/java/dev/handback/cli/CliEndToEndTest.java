package dev.handback.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.cli.desk.Desk;
import dev.handback.cli.desk.DeskActivities.Paper;
import dev.handback.cli.desk.DeskActivities.Verdict;
import dev.handback.cli.desk.DeskActivitiesCompleter.ReviewHandle;
import dev.handback.runtime.seal.HandleSealer;
import dev.handback.testserver.StandaloneTestServer;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against Temporal's standalone test server in its own process: a workflow on each
 * path is listed by {@code waiting}, inspected, and answered by {@code reply}; a result that
 * violates the schema is refused with the schema's message and nothing is sent; a stale handle
 * exits with {@link ExitCode#NO_LONGER_WAITING}; a reply by business key among several waiting
 * calls with {@link ExitCode#SEVERAL_WAITING}; a heartbeat the workflow answered with a request to
 * cancel with {@link ExitCode#CANCELLATION_REQUESTED}.
 */
class CliEndToEndTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Paper PAPER = new Paper("p-1", "Quarterly figures");

  @TempDir static Path files;

  private static Desk desk;
  private static Path contract;
  private static Map<String, String> environment;

  @BeforeAll
  static void startDesk() {
    desk = new Desk(SERVER.client());
    contract = Desk.contract(files);
    environment = Map.of("TEMPORAL_ADDRESS", SERVER.target());
  }

  @AfterAll
  static void stopDesk() {
    desk.close();
  }

  private static CliRun cli(String stdin, String... args) {
    return CliRun.of(environment, stdin, args);
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertEquals(ExitCode.OK, run.code(), run::toString);
    return JSON.readTree(run.out());
  }

  private static Path file(String name, String text) throws Exception {
    return Files.writeString(files.resolve(name), text);
  }

  private static JsonNode entryFor(JsonNode listing, String workflowId) {
    return StreamSupport.stream(listing.path("waiting").spliterator(), false)
        .filter(entry -> entry.path("workflowId").asText().equals(workflowId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(workflowId + " is not listed: " + listing));
  }

  /** The entry {@code waiting --workflow workflowId --json} lists for the workflow. */
  private static JsonNode listed(String workflowId) throws Exception {
    return entryFor(
        json(
            cli(
                "",
                "waiting",
                "--contract",
                contract.toString(),
                "--workflow",
                workflowId,
                "--json")),
        workflowId);
  }

  @Test
  void eachPathIsListedInspectedAndCompletedByReply() throws Exception {
    WorkflowStub review = desk.start("review-1", PAPER, false);
    String reviewHandle = desk.nextHandle();
    WorkflowStub approval = desk.start("approval-1", PAPER, true);
    String approvalHandle = desk.nextHandle();

    JsonNode listing =
        json(
            cli(
                "",
                "waiting",
                "--contract",
                contract.toString(),
                "--task-queue",
                "desk",
                "--json"));
    JsonNode reviewEntry = entryFor(listing, "review-1");
    assertEquals("completion", reviewEntry.path("path").asText());
    assertEquals("DeskActivities.review", reviewEntry.path("method").asText());
    assertEquals(reviewHandle, reviewEntry.path("handle").asText(), "the handle the activity gave");
    assertEquals(1, reviewEntry.path("attempt").asInt());
    assertEquals("heartbeat", reviewEntry.path("deadlineBy").asText(), "PT1H comes before P7D");
    assertTrue(reviewEntry.path("secondsLeft").asLong() > 3000, reviewEntry::toString);
    JsonNode approvalEntry = entryFor(listing, "approval-1");
    assertEquals("signal", approvalEntry.path("path").asText());
    assertEquals(approvalHandle, approvalEntry.path("handle").asText());
    assertEquals("inbox", approvalEntry.path("deadlineBy").asText());
    assertTrue(approvalEntry.path("secondsLeft").asLong() > 47 * 3600, approvalEntry::toString);

    CliRun table = cli("", "waiting", "--contract", contract.toString(), "--workflow", "review-1");
    assertEquals(ExitCode.OK, table.code(), table::toString);
    assertTrue(table.out().startsWith("WORKFLOW  "), table::toString);
    assertTrue(table.out().contains(reviewHandle), table::toString);

    for (String handle : List.of(reviewHandle, approvalHandle)) {
      JsonNode inspected =
          json(cli("", "inspect", handle, "--contract", contract.toString(), "--json"));
      assertEquals("waiting", inspected.path("state").asText(), inspected::toString);
    }

    Path verdict = file("verdict.json", "{\"approved\": true, \"reviewer\": \"ada\"}");
    CliRun completed =
        cli(
            "",
            "reply",
            reviewHandle,
            "complete",
            "--input",
            verdict.toString(),
            "--contract",
            contract.toString());
    assertEquals(ExitCode.OK, completed.code(), completed::toString);
    assertEquals(new Verdict(true, "ada"), review.getResult(10, TimeUnit.SECONDS, Verdict.class));

    CliRun signalled =
        cli(
            "{\"approved\": false, \"reviewer\": \"bob\"}",
            "reply",
            approvalHandle,
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.OK, signalled.code(), signalled::toString);
    assertEquals(
        new Verdict(false, "bob"), approval.getResult(10, TimeUnit.SECONDS, Verdict.class));

    for (String handle : List.of(reviewHandle, approvalHandle)) {
      CliRun stale = cli("", "inspect", handle, "--contract", contract.toString());
      assertEquals(ExitCode.NO_LONGER_WAITING, stale.code(), stale::toString);
      assertTrue(stale.out().contains("State:      no longer waiting"), stale::toString);
    }
  }

  @Test
  void aResultThatViolatesTheSchemaIsRefusedWithTheSchemasMessageAndNothingIsSent()
      throws Exception {
    WorkflowStub review = desk.start("review-bad", PAPER, false);
    String reviewHandle = desk.nextHandle();
    WorkflowStub approval = desk.start("approval-bad", PAPER, true);
    String approvalHandle = desk.nextHandle();

    CliRun wrongType =
        cli(
            "{\"approved\": \"yes\", \"reviewer\": \"ada\"}",
            "reply",
            reviewHandle,
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.INVALID_RESULT, wrongType.code(), wrongType::toString);
    assertEquals(
        "handback: standard input does not match the schema of the result of"
            + " DeskActivities.review, so nothing was sent:\n"
            + "  #/approved: string found, boolean expected\n",
        wrongType.err());

    CliRun missing =
        cli(
            "{\"approved\": true}",
            "reply",
            approvalHandle,
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.INVALID_RESULT, missing.code(), missing::toString);
    assertTrue(
        missing.err().contains(": required property 'reviewer' not found"), missing::toString);

    CliRun notJson =
        cli(
            "{\"approved\": tru",
            "reply",
            reviewHandle,
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.INVALID_RESULT, notJson.code(), notJson::toString);
    assertTrue(
        notJson.err().startsWith("handback: standard input is not JSON ("), notJson::toString);
    assertTrue(notJson.err().endsWith("): nothing was sent\n"), notJson::toString);

    // Nothing was sent: both still wait, and neither history has a completion or a signal.
    JsonNode listing = json(cli("", "waiting", "--contract", contract.toString(), "--json"));
    entryFor(listing, "review-bad");
    entryFor(listing, "approval-bad");
    for (WorkflowStub stub : List.of(review, approval)) {
      var history = SERVER.client().fetchHistory(stub.getExecution().getWorkflowId()).getHistory();
      assertTrue(
          history.getEventsList().stream()
              .noneMatch(
                  event ->
                      event.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED),
          "no signal was sent");
      long completions =
          history.getEventsList().stream()
              .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED)
              .count();
      assertEquals(stub == approval ? 1 : 0, completions, "only the hand-off of the approval");
    }

    // An honest reply is still served.
    CliRun honest =
        cli(
            "{\"approved\": true, \"reviewer\": \"ada\"}",
            "reply",
            reviewHandle,
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.OK, honest.code(), honest::toString);
    assertEquals(new Verdict(true, "ada"), review.getResult(10, TimeUnit.SECONDS, Verdict.class));
    approval.terminate("test over");
  }

  @Test
  void aStaleHandleExitsWithNoLongerWaitingAndSaysSo() throws Exception {
    WorkflowStub review = desk.start("review-stale", PAPER, false);
    String handle = desk.nextHandle();
    String result = "{\"approved\": true, \"reviewer\": \"ada\"}";
    assertEquals(
        ExitCode.OK,
        cli(result, "reply", handle, "complete", "--contract", contract.toString()).code());
    review.getResult(10, TimeUnit.SECONDS, Verdict.class);

    // The same reply again is found in the history as the one recorded; another one is stale.
    CliRun repeated = cli(result, "reply", handle, "complete", "--contract", contract.toString());
    assertEquals(ExitCode.OK, repeated.code(), repeated::toString);
    String other = "{\"approved\": false, \"reviewer\": \"bob\"}";
    CliRun again = cli(other, "reply", handle, "complete", "--contract", contract.toString());
    assertEquals(ExitCode.NO_LONGER_WAITING, again.code(), again::toString);
    assertTrue(again.err().startsWith("handback: "), again::toString);
    assertTrue(again.err().contains("no longer"), again::toString);

    CliRun byKey =
        cli(
            result,
            "reply",
            "--workflow",
            "review-stale",
            "--method",
            "DeskActivities.review",
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.NO_LONGER_WAITING, byKey.code(), byKey::toString);
  }

  @Test
  void repliesByBusinessKeyFailAndDryRun() throws Exception {
    WorkflowStub review = desk.start("review-key", PAPER, false);
    desk.nextHandle();
    String[] byKey = {
      "reply",
      "--workflow",
      "review-key",
      "--method",
      "DeskActivities.review",
      "--contract",
      contract.toString()
    };

    CliRun dryRun =
        cli(
            "{\"type\": \"Rejected\", \"message\": \"off topic\"}",
            concat(byKey, "fail", "--dry-run"));
    assertEquals(ExitCode.OK, dryRun.code(), dryRun::toString);
    assertTrue(dryRun.out().startsWith("Checked, not sent: Would failed"), dryRun::toString);
    listed("review-key");

    CliRun heartbeat = cli("", concat(byKey, "heartbeat"));
    assertEquals(ExitCode.OK, heartbeat.code(), heartbeat::toString);
    JsonNode afterBeat = listed("review-key");
    assertTrue(!afterBeat.path("lastHeartbeat").isNull(), afterBeat::toString);

    CliRun failed =
        cli("{\"type\": \"Rejected\", \"message\": \"off topic\"}", concat(byKey, "fail"));
    assertEquals(ExitCode.OK, failed.code(), failed::toString);
    WorkflowFailedException thrown =
        assertThrows(
            WorkflowFailedException.class,
            () -> review.getResult(10, TimeUnit.SECONDS, Verdict.class));
    ApplicationFailure cause =
        assertInstanceOf(
            ApplicationFailure.class,
            assertInstanceOf(ActivityFailure.class, thrown.getCause()).getCause());
    assertEquals("Rejected", cause.getType());
    assertEquals("off topic", cause.getOriginalMessage());
  }

  @Test
  void aReplyByBusinessKeyToSeveralWaitingCallsExitsSevenAndRecordsNothing() throws Exception {
    WorkflowStub round =
        desk.startRound("round-two", List.of(PAPER, new Paper("p-2", "Annual report")));
    List<String> handles = List.of(desk.nextHandle(), desk.nextHandle());
    String result = "{\"approved\": true, \"reviewer\": \"ada\"}";

    CliRun ambiguous =
        cli(
            result,
            "reply",
            "--workflow",
            "round-two",
            "--method",
            "DeskActivities.review",
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.SEVERAL_WAITING, ambiguous.code(), ambiguous::toString);
    assertTrue(
        ambiguous
            .err()
            .startsWith("handback: Cannot tell which activity the reply to DeskActivities.review"),
        ambiguous::toString);
    assertTrue(ambiguous.err().contains("has 2 pending activities"), ambiguous::toString);
    assertEquals(0, recorded(round, EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED));

    // Each handle still tells its call apart.
    for (String handle : handles) {
      CliRun completed =
          cli(result, "reply", handle, "complete", "--contract", contract.toString());
      assertEquals(ExitCode.OK, completed.code(), completed::toString);
    }
    assertEquals(2, round.getResult(10, TimeUnit.SECONDS, List.class).size());
  }

  @Test
  void aHeartbeatAfterTheWorkflowAskedToCancelExitsEightAndTheCancellationIsConfirmed()
      throws Exception {
    WorkflowStub round = desk.startRound("round-withdrawn", List.of(PAPER));
    String handle = desk.nextHandle();
    round.signal("withdraw");
    awaitCancellationRequested(round);

    CliRun heartbeat = cli("", "reply", handle, "heartbeat", "--contract", contract.toString());
    assertEquals(ExitCode.CANCELLATION_REQUESTED, heartbeat.code(), heartbeat::toString);
    assertTrue(
        heartbeat.err().startsWith("handback: The workflow asked to cancel the activity"),
        heartbeat::toString);
    assertTrue(
        heartbeat.err().endsWith("confirm the cancellation with: reply <handle> cancel\n"),
        heartbeat::toString);

    CliRun cancelled = cli("", "reply", handle, "cancel", "--contract", contract.toString());
    assertEquals(ExitCode.OK, cancelled.code(), cancelled::toString);
    assertEquals(
        java.util.Collections.singletonList(null),
        round.getResult(10, TimeUnit.SECONDS, List.class));
    assertEquals(1, recorded(round, EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED));
  }

  private static long recorded(WorkflowStub stub, EventType type) {
    return SERVER
        .client()
        .fetchHistory(stub.getExecution().getWorkflowId())
        .getHistory()
        .getEventsList()
        .stream()
        .filter(event -> event.getEventType() == type)
        .count();
  }

  /** Waits until the workflow's request to cancel its activity is in Temporal's records. */
  private static void awaitCancellationRequested(WorkflowStub stub) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (recorded(stub, EventType.EVENT_TYPE_ACTIVITY_TASK_CANCEL_REQUESTED) == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The workflow did not ask its activity to cancel within 30 s");
      }
      Thread.sleep(50);
    }
  }

  @Test
  void theMethodsAreReadFromAJarOfCompiledClasses() throws Exception {
    WorkflowStub review = desk.start("review-jar", PAPER, false);
    String handle = desk.nextHandle();
    Path jar =
        jarOf(Path.of("target/test-classes"), "META-INF/handback/", "dev/handback/cli/desk/");

    JsonNode listing =
        json(cli("", "waiting", "--classes", jar.toString(), "--workflow", "review-jar", "--json"));
    JsonNode entry = entryFor(listing, "review-jar");
    assertEquals("DeskActivities.review", entry.path("method").asText());
    assertEquals(handle, entry.path("handle").asText());

    CliRun completed =
        cli(
            "{\"approved\": true, \"reviewer\": \"ada\"}",
            "reply",
            handle,
            "complete",
            "--classes",
            jar.toString());
    assertEquals(ExitCode.OK, completed.code(), completed::toString);
    assertEquals(new Verdict(true, "ada"), review.getResult(10, TimeUnit.SECONDS, Verdict.class));

    Path notAJar = file("classes.txt", "not a jar");
    CliRun refused = cli("", "waiting", "--classes", notAJar.toString());
    assertEquals(ExitCode.USAGE, refused.code(), refused::toString);
    assertEquals(
        "handback: --classes takes a directory of compiled classes, such as target/classes, or a"
            + " jar of them: "
            + notAJar
            + "\n",
        refused.err());
  }

  /** A jar of the files under {@code classes} whose paths start with one of {@code prefixes}. */
  private static Path jarOf(Path classes, String... prefixes) throws Exception {
    Path jar = files.resolve("desk.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
        var walk = Files.walk(classes)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = classes.relativize(file).toString().replace('\\', '/');
        if (java.util.Arrays.stream(prefixes).anyMatch(name::startsWith)) {
          out.putNextEntry(new java.util.jar.JarEntry(name));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  @Test
  void anInvalidHandleIsRefusedBeforeAnyCall() {
    CliRun damaged = cli("", "inspect", "hb1.DeskActivities.review.a.AAAA", "--decode-only");
    assertEquals(ExitCode.INVALID_HANDLE, damaged.code(), damaged::toString);
    assertEquals(
        "handback: The handle for DeskActivities.review is damaged or truncated (its payload is"
            + " too short): pass the whole string encode() gave, unchanged\n",
        damaged.err());
    CliRun unknownOperation = cli("", "reply", "order-4711", "approve");
    assertEquals(ExitCode.USAGE, unknownOperation.code(), unknownOperation::toString);
    assertEquals(
        "handback: Unknown operation 'approve': the operation is complete, fail, heartbeat or"
            + " cancel\n",
        unknownOperation.err());
    CliRun inboxHeartbeat =
        cli(
            "",
            "reply",
            "--workflow",
            "approval-x",
            "--method",
            "DeskActivities.approve",
            "heartbeat",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.USAGE, inboxHeartbeat.code(), inboxHeartbeat::toString);
    assertEquals(
        "handback: DeskActivities.approve delivers its result to the workflow's @ExternalResult"
            + " inbox, which takes complete or fail; nothing there heartbeats or is cancelled\n",
        inboxHeartbeat.err());
    CliRun notAHandle =
        cli("{}", "reply", "order-4711", "complete", "--contract", contract.toString());
    assertEquals(ExitCode.INVALID_HANDLE, notAHandle.code(), notAHandle::toString);
  }

  @Test
  void aSealedHandleIsOpenedWithoutItsKeyAndRepliedTo() throws Exception {
    WorkflowStub review = desk.start("review-sealed", PAPER, false);
    String plain = desk.nextHandle();
    HandleSealer sealer =
        HandleSealer.builder()
            .signingKey("2026-11", "a secret of at least thirty-two bytes".getBytes(UTF_8))
            .timeToLive(Duration.ofDays(8))
            .build();
    String sealed = sealer.seal(ReviewHandle.parse(plain));

    CliRun inspected = cli("", "inspect", sealed, "--contract", contract.toString());
    assertEquals(ExitCode.OK, inspected.code(), inspected::toString);
    assertTrue(inspected.out().contains("Sealed:     key 2026-11, expires "), inspected::toString);
    assertTrue(inspected.out().contains("(signature not verified)"), inspected::toString);
    assertTrue(inspected.out().contains("State:      waiting"), inspected::toString);

    String forged = sealed.substring(0, sealed.length() - 1) + "x";
    CliRun damaged = cli("", "inspect", forged, "--decode-only");
    assertEquals(ExitCode.INVALID_HANDLE, damaged.code(), damaged::toString);

    CliRun completed =
        cli(
            "{\"approved\": true, \"reviewer\": \"eve\"}",
            "reply",
            sealed,
            "complete",
            "--contract",
            contract.toString());
    assertEquals(ExitCode.OK, completed.code(), completed::toString);
    assertEquals(new Verdict(true, "eve"), review.getResult(10, TimeUnit.SECONDS, Verdict.class));
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("waiting", "inspect", "reply")) {
      CliRun help = cli("", command, "--help");
      assertEquals(ExitCode.OK, help.code(), help::toString);
      assertTrue(help.out().contains("--address"), help::toString);
    }
    CliRun root = cli("", "--help");
    assertTrue(root.out().contains("Exit codes:"), root::toString);
    CliRun none = cli("");
    assertEquals(ExitCode.USAGE, none.code(), none::toString);
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}

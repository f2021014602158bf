package dev.handback.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.maven.proof.ProofActivities;
import dev.handback.maven.proof.Shipment;
import dev.handback.maven.proof.TrackingActivities;
import dev.handback.maven.proof.Verdict;
import dev.handback.maven.testing.JsonSchemaCheck;
import dev.handback.runtime.ExternalOutcome;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of the proof activities (paths completion and signal) and the tracking activity
 * (path polling), which the processor modelled while compiling the tests.
 */
class ContractGeneratorTest {
  private static final ProjectCoordinates PROJECT = new ProjectCoordinates("g", "a", "1");

  @TempDir Path out;

  private JsonNode contract() throws Exception {
    ContractGenerator.Outcome outcome =
        new ContractGenerator()
            .generate(PROJECT, testClasses(), getClass().getClassLoader(), out)
            .orElseThrow();
    return new ContractBuilder().parse(Files.readAllBytes(outcome.json()));
  }

  /** The part of {@code markdown} about {@code activityType}, up to the next activity. */
  private static String section(String markdown, String activityType) {
    int start = markdown.indexOf("## Activity `" + activityType + "`");
    assertTrue(start >= 0, "no section for " + activityType + " in:\n" + markdown);
    int end = markdown.indexOf("\n## Activity ", start + 1);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** {@code value} as Temporal's default data converter puts it on the wire. */
  private static JsonNode wire(DataConverter converter, Object value) throws Exception {
    Payload payload = converter.toPayload(value).orElseThrow();
    assertEquals("json/plain", payload.getMetadataOrThrow("encoding").toStringUtf8());
    return new ObjectMapper().readTree(payload.getData().toByteArray());
  }

  private static Path testClasses() throws Exception {
    return Path.of(
        ProofActivities.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void describesEachMethodWithSchemaAndHandle() throws Exception {
    ContractGenerator.Outcome outcome =
        new ContractGenerator()
            .generate(PROJECT, testClasses(), getClass().getClassLoader(), out)
            .orElseThrow();
    JsonNode contract = new ContractBuilder().parse(Files.readAllBytes(outcome.json()));

    assertEquals(
        List.of(
            "Proof_Review",
            "Proof_ApproveRefund",
            "Proof_BookShipment",
            "Tracking_WhereIs",
            "Tracking_ConfirmDelivery",
            "Vetting_Recheck"),
        contract.path("activities").findValuesAsText("activityType"));
    JsonNode review = contract.path("activities").get(0);
    assertEquals("Proof_Review", review.path("activityType").asText());
    assertEquals("completion", review.path("path").asText());
    assertTrue(review.path("signal").isNull());
    assertEquals("PT5M", review.path("timeouts").path("heartbeat").asText());
    assertEquals("hb1.ProofActivities.review.a.", review.path("handle").path("prefix").asText());
    assertEquals("a", review.path("handle").path("kind").asText());
    assertTrue(review.path("signalPayload").isNull());
    JsonNode schema = review.path("result").path("schema");
    assertEquals("object", schema.path("type").asText());
    assertEquals("boolean", schema.path("properties").path("approved").path("type").asText());
    assertEquals("array", schema.path("properties").path("notes").path("type").asText());
    assertEquals(
        "string", schema.path("properties").path("notes").path("items").path("type").asText());
    JsonNode refund = contract.path("activities").get(1);
    assertEquals("null", refund.path("result").path("schema").path("type").asText());
    assertEquals("proof", refund.path("taskQueue").asText());
    assertEquals("t", refund.path("handle").path("kind").asText());

    String markdown = Files.readString(outcome.markdown());
    assertTrue(markdown.contains("## Activity `Proof_ApproveRefund`"), markdown);
    assertTrue(markdown.contains("ProofActivitiesCompleter.ReviewHandle.parse(handle)"), markdown);
  }

  @Test
  void describesHandlesByIdsAndByBusinessKeyForEveryLanguage() throws Exception {
    ContractGenerator.Outcome outcome =
        new ContractGenerator()
            .generate(PROJECT, testClasses(), getClass().getClassLoader(), out)
            .orElseThrow();
    JsonNode contract = new ContractBuilder().parse(Files.readAllBytes(outcome.json()));
    JsonNode format = contract.path("handleFormat");

    assertEquals(List.of("a", "t", "w", "s"), fieldNames(format.path("kinds")));
    JsonNode ids = format.path("activityAddress").path("schema");
    assertEquals(
        List.of("workflowId", "runId", "activityId", "callKey"), texts(ids.path("required")));
    assertFalse(ids.path("additionalProperties").asBoolean(true));
    assertEquals(
        List.of("workflowId", "runId", "callKey"),
        texts(format.path("businessKeyAddress").path("schema").path("required")));
    assertEquals(
        "call-key", format.path("callKeyPayload").path("metadata").path("handback").asText());
    List<String> decode = texts(format.path("decode"));
    assertTrue(decode.stream().anyMatch(step -> step.startsWith("Kind a:")), decode.toString());
    assertTrue(
        decode.stream()
            .anyMatch(
                step -> step.startsWith("Kind w,") && step.contains("DescribeWorkflowExecution")),
        decode.toString());

    String markdown = Files.readString(outcome.markdown());
    String review = section(markdown, "Proof_Review");
    assertTrue(
        review.contains(
            "const ids = JSON.parse(Buffer.from(decodeHandle(handle, 'hb1.ProofActivities.review.a.')).toString('utf8'));"),
        review);
    assertTrue(review.contains("await client.activity.complete(activity, result);"), review);
    assertTrue(
        review.contains(
            "workflow_id=ids[\"workflowId\"], run_id=ids[\"runId\"] or None, activity_id=ids[\"activityId\"])"),
        review);
    assertTrue(
        review.contains(
            "c.CompleteActivityByID(ctx, namespace, ids.WorkflowID, ids.RunID, ids.ActivityID, result, nil)"),
        review);
    assertTrue(review.contains("temporal activity complete \"${target[@]}\" --result"), review);
    assertFalse(review.contains("taskToken"), review);
    String refund = section(markdown, "Proof_ApproveRefund");
    assertTrue(refund.contains("await client.activity.complete(taskToken);"), refund);
    assertTrue(markdown.contains("## By business key"), markdown);
    assertTrue(markdown.contains("temporal workflow describe --workflow-id"), markdown);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void describesTheSignalPathWithItsAddressAndPayloads() throws Exception {
    JsonNode contract = contract();
    JsonNode ship = contract.path("activities").get(2);
    assertEquals("signal", ship.path("path").asText());
    assertEquals("shipmentBooked", ship.path("signal").asText());
    assertEquals("PT1H", ship.path("wait").asText());
    assertEquals("PT1M", ship.path("timeouts").path("startToClose").asText());
    assertEquals(
        "hb1.ProofActivities.bookShipment.s.", ship.path("handle").path("prefix").asText());
    assertEquals("s", ship.path("handle").path("kind").asText());
    assertEquals(List.of("complete", "fail"), texts(ship.path("operations")));

    JsonNode payload = ship.path("signalPayload");
    assertTrue(
        payload.path("description").asText().contains("signal 'shipmentBooked'"),
        payload.toString());
    assertTrue(payload.path("description").asText().contains("up to PT1H"), payload.toString());
    JsonNode success = payload.path("success");
    assertEquals(List.of("result"), texts(success.path("required")));
    assertFalse(success.path("additionalProperties").asBoolean(true));
    JsonNode result = success.path("properties").path("result");
    assertEquals(ship.path("result").path("schema"), result, "the result's own schema, embedded");
    assertEquals("integer", result.path("properties").path("days").path("type").asText());
    assertEquals(
        List.of("STANDARD", "EXPRESS"),
        texts(result.path("properties").path("speed").path("enum")));
    JsonNode failure = payload.path("failure");
    assertEquals(List.of("failure"), texts(failure.path("required")));
    assertEquals(
        List.of("type", "message"),
        texts(failure.path("properties").path("failure").path("required")));

    JsonNode address = contract.path("handleFormat").path("signalAddress").path("schema");
    assertEquals(List.of("workflowId", "runId", "signal"), texts(address.path("required")));
    assertFalse(address.path("additionalProperties").asBoolean(true));
    assertTrue(
        texts(contract.path("handleFormat").path("decode")).stream()
            .anyMatch(
                step ->
                    step.startsWith("Kind s:")
                        && step.contains("an empty runId means the latest run")),
        contract.path("handleFormat").toString());
  }

  @Test
  void resultSchemasRequireEveryMemberThatTemporalWrites() throws Exception {
    JsonNode activities = contract().path("activities");
    DataConverter converter = DefaultDataConverter.newDefaultInstance();

    JsonNode verdict = activities.get(0).path("result").path("schema");
    assertEquals(List.of("approved", "notes", "reviewer"), texts(verdict.path("required")));
    JsonSchemaCheck review = JsonSchemaCheck.of(verdict);
    assertEquals(
        List.of(),
        review.problems(wire(converter, new Verdict(true, "ada", List.of("ok"))).toString()));
    assertEquals(
        List.of("#: required property 'approved' not found"),
        review.problems("{\"reviewer\": \"ada\", \"notes\": []}"));

    // The signal's argument embeds the result's schema, required members included.
    JsonSchemaCheck booked =
        JsonSchemaCheck.of(activities.get(2).path("signalPayload").path("success"));
    Shipment shipment = new Shipment("acme", 2, Shipment.Speed.EXPRESS, List.of("Lyon"));
    assertEquals(
        List.of(), booked.problems(wire(converter, ExternalOutcome.success(shipment)).toString()));
    assertEquals(
        List.of("#/result: required property 'days' not found"),
        booked.problems(
            "{\"result\": {\"carrier\": \"acme\", \"speed\": \"EXPRESS\", \"stops\": []}}"));
  }

  @Test
  void signalPayloadSchemasMatchWhatTheJavaCompleterSends() throws Exception {
    JsonNode payload = contract().path("activities").get(2).path("signalPayload");
    DataConverter converter = DefaultDataConverter.newDefaultInstance();

    JsonNode sent =
        wire(
            converter,
            ExternalOutcome.success(
                new Shipment("acme", 2, Shipment.Speed.EXPRESS, List.of("Lyon"))));
    JsonNode success = payload.path("success");
    assertEquals(names(success.path("properties")), names(sent));
    assertEquals(
        names(success.path("properties").path("result").path("properties")),
        names(sent.path("result")));

    JsonNode failed =
        wire(converter, ExternalOutcome.failure(new IllegalStateException("no truck")));
    JsonNode failure = payload.path("failure");
    assertEquals(names(failure.path("properties")), names(failed));
    assertEquals(
        names(failure.path("properties").path("failure").path("properties")),
        names(failed.path("failure")));
    assertEquals("java.lang.IllegalStateException", failed.path("failure").path("type").asText());
  }

  @Test
  void tellsTheExternalPartyToSendFinalFailuresNonRetryable() throws Exception {
    ContractGenerator.Outcome outcome =
        new ContractGenerator()
            .generate(PROJECT, testClasses(), getClass().getClassLoader(), out)
            .orElseThrow();
    JsonNode activities =
        new ContractBuilder().parse(Files.readAllBytes(outcome.json())).path("activities");
    assertEquals("final", activities.get(0).path("externalFailures").asText());
    assertEquals("final", activities.get(2).path("externalFailures").asText());
    assertTrue(activities.get(3).path("externalFailures").isNull());
    assertEquals("final", activities.get(4).path("externalFailures").asText());
    assertEquals("retried", activities.get(5).path("externalFailures").asText());

    String markdown = Files.readString(outcome.markdown());
    String review = section(markdown, "Proof_Review");
    assertTrue(review.contains("A failure you report is final: send it non-retryable"), review);
    assertTrue(
        review.contains("reply.fail(new IllegalStateException(\"why\"));  // final: not retried\n"),
        review);
    assertTrue(
        review.contains(
            "await client.activity.fail(activity, ApplicationFailure.create({ type: 'Rejected',"
                + " message: 'why', nonRetryable: true }));\n"),
        review);
    assertTrue(
        review.contains(
            "await handle.fail(ApplicationError(\"why\", type=\"Rejected\","
                + " non_retryable=True))\n"),
        review);
    assertTrue(
        review.contains(
            "err = c.CompleteActivityByID(ctx, namespace, ids.WorkflowID, ids.RunID, ids.ActivityID,"
                + " nil, temporal.NewNonRetryableApplicationError(\"why\", \"Rejected\", nil))\n"),
        review);

    String recheck = section(markdown, "Vetting_Recheck");
    assertTrue(
        recheck.contains("A failure you report goes through the activity's retry policy"), recheck);
    assertTrue(
        recheck.contains(
            "await client.activity.fail(activity, ApplicationFailure.create({ type: 'Rejected',"
                + " message: 'why' }));\n"),
        recheck);
    assertTrue(
        recheck.contains("await handle.fail(ApplicationError(\"why\", type=\"Rejected\"))\n"),
        recheck);
    assertTrue(
        recheck.contains(
            "err = c.CompleteActivityByID(ctx, namespace, ids.WorkflowID, ids.RunID, ids.ActivityID,"
                + " nil, temporal.NewApplicationError(\"why\", \"Rejected\"))\n"),
        recheck);
  }

  @Test
  void describesThePollingPathAsNothingToSend() throws Exception {
    ContractGenerator.Outcome outcome =
        new ContractGenerator()
            .generate(PROJECT, testClasses(), getClass().getClassLoader(), out)
            .orElseThrow();
    JsonNode activities =
        new ContractBuilder().parse(Files.readAllBytes(outcome.json())).path("activities");
    JsonNode where = activities.get(3);
    assertEquals("polling", where.path("path").asText());
    assertTrue(where.path("handle").isNull());
    assertTrue(where.path("signalPayload").isNull());
    assertEquals(0, where.path("operations").size());
    // Its interface has a completer, for the method beside it, but none that replies to this one.
    assertTrue(where.path("java").isNull(), where.toString());
    assertEquals(
        TrackingActivities.class.getName() + "Completer",
        activities.get(4).path("java").path("completer").asText());

    String section = section(Files.readString(outcome.markdown()), "Tracking_WhereIs");
    assertTrue(
        section.contains(
            "Nothing through Temporal, and there is no handle: the worker's activity asks your system"
                + " every `PT5M` (each attempt at most `PT20S`) until your system answers or `P1D`"
                + " has passed"),
        section);
    assertFalse(section.contains("Handle prefix"), section);
    assertFalse(section.contains("```java"), section);
  }

  @Test
  void pageShowsTheSignalCallInEveryLanguage() throws Exception {
    ContractGenerator.Outcome outcome =
        new ContractGenerator()
            .generate(PROJECT, testClasses(), getClass().getClassLoader(), out)
            .orElseThrow();
    String section = section(Files.readString(outcome.markdown()), "Proof_BookShipment");

    assertTrue(section.contains("| Signal | `shipmentBooked` |"), section);
    assertTrue(section.contains("| The workflow waits up to | `PT1H` |"), section);
    assertTrue(
        section.contains(
            "var reply = completer.bookShipment(ProofActivitiesCompleter.BookShipmentHandle.parse(handle));"),
        section);
    assertTrue(
        section.contains(
            "reply.complete(result);                        // sends {\"result\": result}"),
        section);
    assertTrue(
        section.contains(
            "const address = JSON.parse(Buffer.from(decodeHandle(handle, 'hb1.ProofActivities.bookShipment.s.')).toString('utf8'));\n"
                + "const workflow = client.workflow.getHandle(address.workflowId, address.runId || undefined);\n"
                + "await workflow.signal(address.signal, { result });  // address.signal is 'shipmentBooked'\n"
                + "await workflow.signal(address.signal, { failure: { type: 'Rejected', message: 'why' } });\n"),
        section);
    assertTrue(
        section.contains(
            "address = json.loads(decode_handle(text, \"hb1.ProofActivities.bookShipment.s.\"))\n"
                + "handle = client.get_workflow_handle(address[\"workflowId\"], run_id=address[\"runId\"] or None)\n"
                + "await handle.signal(address[\"signal\"], {\"result\": result})\n"),
        section);
    assertTrue(
        section.contains(
            "err = c.SignalWorkflow(ctx, address.WorkflowID, address.RunID, address.Signal, map[string]any{\"result\": result})"),
        section);
    assertTrue(
        section.contains(
            "temporal workflow signal \"${target[@]}\" --input '{\"result\": <result JSON>}'"),
        section);
    assertTrue(
        section.contains("[[ $HANDLE == 'hb1.ProofActivities.bookShipment.s.'* ]]"), section);
    assertFalse(
        section.contains("client.activity."),
        "no activity-completion calls on the signal path:\n" + section);
    assertFalse(section.contains("heartbeat("), section);
  }

  @Test
  void leavesUnchangedFilesAlone() throws Exception {
    ContractGenerator generator = new ContractGenerator();
    ContractGenerator.Outcome first =
        generator.generate(PROJECT, testClasses(), getClass().getClassLoader(), out).orElseThrow();
    assertTrue(first.jsonWritten() && first.markdownWritten());
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(first.json(), old);

    ContractGenerator.Outcome second =
        generator.generate(PROJECT, testClasses(), getClass().getClassLoader(), out).orElseThrow();

    assertFalse(second.jsonWritten());
    assertFalse(second.markdownWritten());
    assertEquals(old, Files.getLastModifiedTime(second.json()));
  }

  @Test
  void writesNothingWithoutModels() throws Exception {
    assertTrue(
        new ContractGenerator()
            .generate(PROJECT, out.resolve("classes"), getClass().getClassLoader(), out)
            .isEmpty());
    try (var files = Files.list(out)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void refusesModelOfUnknownVersion() throws Exception {
    Path classes = out.resolve("classes");
    Files.createDirectories(classes.resolve(ModelReader.DIRECTORY));
    Files.writeString(
        classes.resolve(ModelReader.DIRECTORY).resolve("x.Y.json"), "{\"modelVersion\": 2}");
    ModelException e = assertThrows(ModelException.class, () -> new ModelReader().read(classes));
    assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    assertTrue(e.getMessage().contains("same Handback version"), e.getMessage());
  }
}

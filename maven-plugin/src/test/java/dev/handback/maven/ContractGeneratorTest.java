package dev.handback.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handback.maven.proof.ProofActivities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of the proof activities, which the processor modelled while compiling the tests. */
class ContractGeneratorTest {
  private static final ProjectCoordinates PROJECT = new ProjectCoordinates("g", "a", "1");

  @TempDir Path out;

  private static Path testClasses() throws Exception {
    return Path.of(ProofActivities.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void describesEachMethodWithSchemaAndHandle() throws Exception {
    ContractGenerator.Outcome outcome =
        new ContractGenerator().generate(PROJECT, testClasses(), getClass().getClassLoader(), out).orElseThrow();
    JsonNode contract = new ContractBuilder().parse(Files.readAllBytes(outcome.json()));

    assertEquals(2, contract.path("activities").size());
    JsonNode review = contract.path("activities").get(0);
    assertEquals("Proof_Review", review.path("activityType").asText());
    assertEquals("completion", review.path("path").asText());
    assertTrue(review.path("signal").isNull());
    assertEquals("PT5M", review.path("timeouts").path("heartbeat").asText());
    assertEquals("hb1.ProofActivities.review.t.", review.path("handle").path("prefix").asText());
    JsonNode schema = review.path("result").path("schema");
    assertEquals("object", schema.path("type").asText());
    assertEquals("boolean", schema.path("properties").path("approved").path("type").asText());
    assertEquals("array", schema.path("properties").path("notes").path("type").asText());
    assertEquals("string", schema.path("properties").path("notes").path("items").path("type").asText());
    JsonNode refund = contract.path("activities").get(1);
    assertEquals("null", refund.path("result").path("schema").path("type").asText());
    assertEquals("proof", refund.path("taskQueue").asText());

    String markdown = Files.readString(outcome.markdown());
    assertTrue(markdown.contains("## Activity `Proof_ApproveRefund`"), markdown);
    assertTrue(markdown.contains("ProofActivitiesCompleter.ReviewHandle.parse(handle)"), markdown);
  }

  @Test
  void leavesUnchangedFilesAlone() throws Exception {
    ContractGenerator generator = new ContractGenerator();
    ContractGenerator.Outcome first = generator.generate(PROJECT, testClasses(), getClass().getClassLoader(), out).orElseThrow();
    assertTrue(first.jsonWritten() && first.markdownWritten());
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(first.json(), old);

    ContractGenerator.Outcome second = generator.generate(PROJECT, testClasses(), getClass().getClassLoader(), out).orElseThrow();

    assertFalse(second.jsonWritten());
    assertFalse(second.markdownWritten());
    assertEquals(old, Files.getLastModifiedTime(second.json()));
  }

  @Test
  void writesNothingWithoutModels() throws Exception {
    assertTrue(new ContractGenerator().generate(PROJECT, out.resolve("classes"), getClass().getClassLoader(), out).isEmpty());
    try (var files = Files.list(out)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void refusesModelOfUnknownVersion() throws Exception {
    Path classes = out.resolve("classes");
    Files.createDirectories(classes.resolve(ModelReader.DIRECTORY));
    Files.writeString(classes.resolve(ModelReader.DIRECTORY).resolve("x.Y.json"), "{\"modelVersion\": 2}");
    ModelException e = assertThrows(ModelException.class, () -> new ModelReader().read(classes));
    assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    assertTrue(e.getMessage().contains("same Handback version"), e.getMessage());
  }
}

package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.ReviewActivities.Decision;
import dev.handback.e2e.ReviewActivities.Document;
import dev.handback.e2e.SubmissionWorkflow.Step;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a worker logs while a {@code @Polled} activity has no result yet, as slf4j-simple prints it
 * at its default level (INFO): one line per poll from {@code NotReadyYetException.because}, and no
 * stack trace; a real error keeps Temporal's warning with its trace.
 */
class PolledLoggingTest {
  private static final Document DOCUMENT = new Document("doc-9", "Quarterly figures");
  private static final String REASON = "document doc-9 is not published yet";
  private static final String NOT_READY_LOG = " INFO dev.handback.runtime.NotReadyYetException - ";
  private static final String TEMPORAL_FAILURE_LOG =
      " WARN io.temporal.internal.activity.ActivityTaskExecutors$ActivityTaskExecutor"
          + " - Activity failure.";
  private static final Pattern TRACE_LINE = Pattern.compile("^\\s+at .*");

  private SubmissionDesk desk;
  private StandardErrorCapture log;

  @BeforeEach
  void start() {
    desk = new SubmissionDesk();
    log = StandardErrorCapture.start();
  }

  @AfterEach
  void stop() {
    log.close();
    desk.close();
  }

  @Test
  void eachPollWithoutAResultIsOneInfoLineWithoutATrace() {
    desk.submissions.readyOnPoll = 4;

    Decision decision = desk.start(Step.POLL, "poll-logged", DOCUMENT).getResult(Decision.class);

    assertEquals("published on poll 4", decision.comment());
    List<String> lines = log.lines();
    List<String> aboutThePolls = linesContaining(lines, REASON);
    assertEquals(3, aboutThePolls.size(), String.join("\n", lines));
    for (int poll = 1; poll <= 3; poll++) {
      String line = aboutThePolls.get(poll - 1);
      assertTrue(
          line.contains(
              NOT_READY_LOG
                  + "Submit_PublicationStatus not ready yet (attempt "
                  + poll
                  + ", workflowId=poll-logged, activityId="),
          line);
      assertTrue(line.endsWith("): " + REASON), line);
    }
    assertEquals(List.of(), linesContaining(lines, TEMPORAL_FAILURE_LOG));
    assertEquals(List.of(), traceLines(lines));
  }

  @Test
  void aNotReadyYetExceptionThrownWithNewIsRetriedAlikeAndLoggedByTemporalWithoutATrace() {
    desk.submissions.readyOnPoll = 3;
    desk.submissions.notReadyByConstructor = true;

    Decision decision = desk.start(Step.POLL, "poll-by-new", DOCUMENT).getResult(Decision.class);

    assertEquals("published on poll 3", decision.comment());
    assertEquals(3, desk.submissions.polls.size());
    List<String> lines = log.lines();
    List<String> warnings = linesContaining(lines, TEMPORAL_FAILURE_LOG);
    assertEquals(2, warnings.size(), String.join("\n", lines));
    assertTrue(warnings.get(0).contains("activityType=Submit_PublicationStatus, attempt=1"));
    assertTrue(warnings.get(1).contains("activityType=Submit_PublicationStatus, attempt=2"));
    assertEquals(
        List.of(
            "dev.handback.runtime.NotReadyYetException: " + REASON,
            "dev.handback.runtime.NotReadyYetException: " + REASON),
        linesContaining(lines, REASON));
    assertEquals(List.of(), traceLines(lines));
  }

  @Test
  void aRealErrorKeepsTemporalsWarningWithItsTrace() {
    desk.submissions.readyOnPoll = 10;
    desk.submissions.rejectOnPoll = 2;

    WorkflowStub workflow = desk.start(Step.POLL, "poll-rejected-logged", DOCUMENT);
    assertThrows(WorkflowFailedException.class, () -> workflow.getResult(Decision.class));

    List<String> lines = log.lines();
    assertEquals(1, linesContaining(lines, NOT_READY_LOG).size(), String.join("\n", lines));
    List<String> warnings = linesContaining(lines, TEMPORAL_FAILURE_LOG);
    assertEquals(1, warnings.size(), String.join("\n", lines));
    assertTrue(warnings.get(0).contains("activityType=Submit_PublicationStatus, attempt=2"));
    assertFalse(traceLines(lines).isEmpty(), "the capture shows a trace when there is one");
  }

  private static List<String> linesContaining(List<String> lines, String text) {
    return lines.stream().filter(line -> line.contains(text)).toList();
  }

  private static List<String> traceLines(List<String> lines) {
    return lines.stream().filter(line -> TRACE_LINE.matcher(line).matches()).toList();
  }
}

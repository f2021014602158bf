package dev.handback.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handback.testing.DeskActivities.Verdict;
import dev.handback.testing.DeskWorkflow.Step;
import io.temporal.client.WorkflowStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReplyOnEachPathTest {
  private static final Verdict APPROVED = new Verdict(true, "ada");

  private DeskEnvironment desk;

  @AfterEach
  void close() {
    desk.close();
  }

  @Test
  void completesAHandedOffActivity() {
    desk = new DeskEnvironment(StandIn.of(DeskActivities.class));
    WorkflowStub workflow = desk.start(Step.REVIEW, "review-1");

    ExternalParty.of(desk.env).awaiting(DeskActivities::review, "review-1").complete(APPROVED);

    assertEquals("approved by ada", workflow.getResult(String.class));
  }

  @Test
  void deliversToTheInbox() {
    desk = new DeskEnvironment(StandIn.of(DeskActivities.class));
    WorkflowStub workflow = desk.start(Step.SIGN, "sign-1");

    ExternalParty.of(desk.env).awaiting(DeskActivities::sign, "sign-1").complete(APPROVED);

    assertEquals("approved by ada", workflow.getResult(String.class));
  }

  @Test
  void answersTheNextPoll() {
    desk = new DeskEnvironment(StandIn.of(DeskActivities.class));
    WorkflowStub workflow = desk.start(Step.PUBLISH, "publish-1");

    ExternalParty.of(desk.env)
        .awaiting(DeskActivities::publicationUrl, "publish-1")
        .complete("https://example.com/doc-1");

    assertEquals("https://example.com/doc-1", workflow.getResult(String.class));
  }
}

package dev.handback.testing;

import dev.handback.testing.DeskActivities.Verdict;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/** Runs one of the {@link DeskActivities} and returns what came back. */
@WorkflowInterface
public interface DeskWorkflow {

  /** What the workflow does. */
  enum Step {
    REVIEW,
    SIGN,
    /** Asks for a signature, then files the document for an hour before it returns. */
    SIGN_THEN_FILE,
    PUBLISH,
    ARCHIVE,
    CONFIRM,
    EXPEDITE,
    /** Asks for the title, a method the stand-in does not play. */
    TITLE,
    /** Waits a day, then asks for a review. */
    REVIEW_TOMORROW,
    /** Asks for a review with a stub that ignores the declared options. */
    REVIEW_WITH_OTHER_OPTIONS
  }

  @WorkflowMethod
  String run(Step step, String documentId);

  /** The implementation. */
  final class Impl implements DeskWorkflow {
    private final DeskActivitiesInbox inbox = DeskActivitiesInbox.register();
    private final DeskActivities desk =
        DeskActivitiesOptions.newStub(ActivityOptions.newBuilder().build());
    private final DeskActivities titles =
        Workflow.newActivityStub(
            DeskActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

    @Override
    public String run(Step step, String documentId) {
      switch (step) {
        case REVIEW:
          return describe(desk.review(documentId));
        case SIGN:
          desk.sign(documentId);
          return describe(inbox.sign().await());
        case SIGN_THEN_FILE:
          desk.sign(documentId);
          String signed = describe(inbox.sign().await());
          Workflow.sleep(Duration.ofHours(1));
          return signed;
        case PUBLISH:
          return desk.publicationUrl(documentId);
        case ARCHIVE:
          desk.archive(documentId);
          return "archived";
        case CONFIRM:
          return describe(desk.confirm(documentId));
        case EXPEDITE:
          return describe(desk.expedite(documentId));
        case TITLE:
          return titles.title(documentId);
        case REVIEW_TOMORROW:
          Workflow.sleep(Duration.ofDays(1));
          return describe(desk.review(documentId));
        default:
          DeskActivities plain =
              Workflow.newActivityStub(
                  DeskActivities.class,
                  ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofHours(2)).build());
          return describe(plain.review(documentId));
      }
    }

    private static String describe(Verdict verdict) {
      return (verdict.approved() ? "approved by " : "rejected by ") + verdict.by();
    }
  }
}

package dev.handback.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.testing.DeskActivities.Verdict;
import dev.handback.testing.DeskActivitiesCompleter.ReviewHandle;
import dev.handback.testing.DeskActivitiesCompleter.SignHandle;
import io.temporal.testing.ActivityRequestedAsyncCompletion;
import io.temporal.testing.TestActivityEnvironment;
import io.temporal.testing.TestActivityExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Unit tests of an activity implementation that hands off, with Temporal's TestActivityExtension
 * and no server: the handle comes back to the test, and replies to it are taken in memory.
 */
class ActivityHandOffTest {
  private static final Verdict APPROVED = new Verdict(true, "ada");
  private static final DeskActivitiesImpl IMPLEMENTATION = new DeskActivitiesImpl();

  @RegisterExtension
  static final TestActivityExtension ACTIVITIES =
      TestActivityExtension.newBuilder().setActivityImplementations(IMPLEMENTATION).build();

  @Test
  void theHandleComesBackToTheTest(DeskActivities activities) throws Exception {
    HandOffs handOffs = HandOffs.during(() -> activities.review("doc-1"));

    ReviewHandle handle = handOffs.single(ReviewHandle.class);
    assertEquals(handle.encode(), IMPLEMENTATION.sent.get(IMPLEMENTATION.sent.size() - 1));
    assertInstanceOf(ReplyAddress.ActivityId.class, handle.address());
    assertEquals("Desk_Review", handOffs.all().get(0).activityType());
  }

  @Test
  void aSignalHandleNamesTheWorkflowThatWaits(DeskActivities activities) throws Exception {
    HandOffs handOffs = HandOffs.during(() -> activities.sign("doc-1"));

    SignHandle handle = handOffs.single(SignHandle.class);
    ReplyAddress.SignalAddress address = (ReplyAddress.SignalAddress) handle.address();
    assertEquals("Desk_SignResult", address.signalName());
    assertEquals(handOffs.all().get(0).workflowId(), address.workflowId());
  }

  @Test
  void aReplyIsRecordedOnceAndASecondIsRefused(DeskActivities activities) throws Exception {
    HandOffs handOffs = HandOffs.during(() -> activities.review("doc-1"));
    ReviewHandle handle = handOffs.single(ReviewHandle.class);
    DeskActivitiesCompleter completer = new DeskActivitiesCompleter(handOffs.completionClient());

    completer.review(handle).heartbeat("page 1");
    completer.review(handle).complete(APPROVED);
    assertThrows(
        ActivityNoLongerWaitingException.class,
        () -> completer.review(handle).complete(new Verdict(false, "bob")));

    List<RecordedReply> replies = handOffs.replies();
    assertEquals(2, replies.size());
    assertEquals(RecordedReply.Kind.HEARTBEAT, replies.get(0).kind());
    assertEquals("page 1", replies.get(0).value());
    assertEquals(RecordedReply.Kind.COMPLETED, replies.get(1).kind());
    assertEquals(APPROVED, replies.get(1).value());
  }

  @Test
  void anImplementationThatDoesNotHandOffIsReported(DeskActivities activities) throws Exception {
    HandOffs handOffs = HandOffs.during(() -> activities.title("doc-1"));

    AssertionError none =
        assertThrows(AssertionError.class, () -> handOffs.single(ReviewHandle.class));
    assertEquals(
        "Expected exactly one hand-off, of DeskActivities.review, but the call made none: the"
            + " implementation returned without calling DeskActivitiesAsync.review()",
        none.getMessage());
  }

  @Test
  void twoHandOffsAreNotOne(TestActivityEnvironment environment) throws Exception {
    DeskActivities activities = environment.newActivityStub(DeskActivities.class);

    HandOffs both =
        HandOffs.during(
            () -> {
              assertThrows(
                  ActivityRequestedAsyncCompletion.class, () -> activities.review("doc-1"));
              activities.archive("doc-1");
            });

    AssertionError two = assertThrows(AssertionError.class, () -> both.single(ReviewHandle.class));
    assertEquals(
        "Expected exactly one hand-off, of DeskActivities.review, but the call made 2: "
            + both.all(),
        two.getMessage());
  }
}

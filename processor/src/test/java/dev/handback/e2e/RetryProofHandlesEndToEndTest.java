package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.e2e.OrderActivities.Line;
import dev.handback.e2e.OrderActivities.Receipt;
import dev.handback.e2e.OrderActivitiesCompleter.AuthorizeHandle;
import dev.handback.e2e.OrderActivitiesImpl.HandOff;
import dev.handback.runtime.ActivityNoLongerWaitingException;
import dev.handback.runtime.ReplyAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Handles by activity ids on the in-process test server: {@code authorize}'s two-second heartbeat
 * timeout expires in real time, Temporal retries the activity, and the handle the first attempt
 * handed out still completes it. (Over real gRPC, with the worker killed: {@code
 * FaultsOverRealGrpcTest}.)
 */
class RetryProofHandlesEndToEndTest {
  private OrderDesk desk;

  @BeforeEach
  void start() {
    desk = new OrderDesk();
  }

  @AfterEach
  void stop() {
    desk.close();
  }

  @Test
  void theFirstAttemptsHandleCompletesTheRetriedAttemptOnce() throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start("order-retry", OrderWorkflow.Step.AUTHORIZE, new Line("line-1", 500));
    HandOff first = desk.activities.next();
    HandOff second = desk.activities.next();

    assertEquals(1, first.attempt());
    assertEquals(2, second.attempt());
    assertEquals(first.handle(), second.handle(), "the retried attempt handed out a new handle");
    assertTrue(first.handle().startsWith("hb1.OrderActivities.authorize.a."), first.handle());
    Receipt receipt = new Receipt("line-1", "authorized through the first attempt's handle");
    desk.completer.authorize(AuthorizeHandle.parse(first.handle())).complete(receipt);

    assertEquals(List.of(receipt), result.get(30, TimeUnit.SECONDS));
    assertEquals(1, desk.completions("order-retry"));
    AuthorizeHandle handle = AuthorizeHandle.parse(first.handle());
    ActivityNoLongerWaitingException late =
        assertThrows(
            ActivityNoLongerWaitingException.class,
            () -> desk.completer.authorize(handle).complete(new Receipt("line-1", "late")));
    ReplyAddress.ActivityId address = (ReplyAddress.ActivityId) handle.address();
    assertEquals(
        "The activity OrderActivities.authorize (workflow 'order-retry', run '"
            + address.runId()
            + "', activity '"
            + address.activityId()
            + "', call key 'line-1') is no longer waiting for a reply: it already completed,"
            + " failed, timed out or was cancelled, or its workflow run ended (a heartbeat also"
            + " meets this between two attempts, while the activity waits to be retried). Nothing"
            + " was recorded.",
        late.getMessage());
    assertEquals(1, desk.completions("order-retry"));
  }

  @Test
  void aHeartbeatThroughTheHandleKeepsTheCallKeyAndTheRetriedAttemptReadsItsProgress()
      throws Exception {
    CompletableFuture<List<Receipt>> result =
        desk.start("order-progress", OrderWorkflow.Step.AUTHORIZE, new Line("line-7", 900));
    HandOff first = desk.activities.next();
    assertEquals(Optional.empty(), first.progress());

    desk.completer.authorize(AuthorizeHandle.parse(first.handle())).heartbeat("page 3 of 12");
    HandOff second = desk.activities.next();

    assertEquals(2, second.attempt());
    assertEquals(Optional.of("page 3 of 12"), second.progress());
    // Found by its call key after a heartbeat and a retry: both kept the key in Temporal's state.
    Receipt receipt = new Receipt("line-7", "authorized by call key");
    desk.completer.authorize(AuthorizeHandle.forCall("order-progress", "line-7")).complete(receipt);
    assertEquals(List.of(receipt), result.get(30, TimeUnit.SECONDS));
    assertEquals(1, desk.completions("order-progress"));
  }
}

package dev.handback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.HandoffException;
import org.junit.jupiter.api.Test;

class ActivityHandoffTest {

  @Test
  void outsideAnActivityItThrowsAndNamesMethodAndActivityType() {
    HandleKey key = HandleKey.of("ReviewActivities", "requestReview");

    HandoffException thrown =
        assertThrows(HandoffException.class, () -> ActivityHandoff.handOff(key, "RequestReview"));

    String message = thrown.getMessage();
    assertTrue(message.contains("called outside an activity"), message);
    assertTrue(message.contains("ReviewActivities.requestReview"), message);
    assertTrue(message.contains("'RequestReview'"), message);
    assertEquals(
        "ReviewActivitiesAsync.requestReview() was called outside an activity: call it inside the"
            + " implementation of ReviewActivities.requestReview (activity type 'RequestReview'),"
            + " on the thread that runs it",
        message);
    assertInstanceOf(IllegalStateException.class, thrown.getCause());
  }
}

package dev.handback.webhook;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What the receiver remembers of deliveries: the most recent accepted ones (handle and body
 * digest), so that a retry is answered as a duplicate and never sent again, and the ones under way,
 * so that two requests for one handle never reach Temporal at once. Its lock is held only to look
 * up and record, never across a call to Temporal.
 */
final class AcceptedDeliveries {
  /** What to do with a request, given what is remembered of its handle. */
  sealed interface Decision {}

  /** The same delivery was accepted before: answer it as a duplicate. */
  record Duplicate() implements Decision {}

  /** Another outcome was accepted before: the first one wins. */
  record Conflict() implements Decision {}

  /** The same delivery is under way: wait for its answer instead of sending it again. */
  record Join(CompletableFuture<WebhookAnswer> answer) implements Decision {}

  /** Another outcome for this handle is under way. */
  record Busy() implements Decision {}

  /** Nothing is remembered: this request delivers, then calls {@link #finish}. */
  record Deliver(CompletableFuture<WebhookAnswer> answer) implements Decision {}

  private record Underway(String digest, CompletableFuture<WebhookAnswer> answer) {}

  private final Map<String, String> accepted;
  private final Map<String, Underway> underway = new HashMap<>();

  AcceptedDeliveries(int remember) {
    this.accepted =
        new LinkedHashMap<>() {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > remember;
          }
        };
  }

  synchronized Decision begin(String handle, String digest) {
    String earlier = accepted.get(handle);
    if (earlier != null) {
      return earlier.equals(digest) ? new Duplicate() : new Conflict();
    }
    Underway current = underway.get(handle);
    if (current != null) {
      return current.digest().equals(digest) ? new Join(current.answer()) : new Busy();
    }
    CompletableFuture<WebhookAnswer> answer = new CompletableFuture<>();
    underway.put(handle, new Underway(digest, answer));
    return new Deliver(answer);
  }

  /** Ends the delivery {@link #begin} started; remembers it if Temporal accepted it. */
  synchronized void finish(String handle, String digest, boolean acceptedByTemporal) {
    underway.remove(handle);
    if (acceptedByTemporal) {
      accepted.put(handle, digest);
    }
  }
}

package dev.handback.internal;

import io.temporal.api.common.v1.Payloads;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.failure.v1.Failure;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply converted once, before its first try: the exact payloads or failure every try sends, and
 * what {@link RecordedReplies} compares with Temporal's history when an answer was lost.
 */
final class SentReply {
  private SentReply() {}

  /** How a reply closes an activity, and the history event that records it. */
  enum ActivityKind {
    COMPLETED(EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED),
    FAILED(EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED),
    CANCELED(EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED);

    private final EventType closingEvent;

    ActivityKind(EventType closingEvent) {
      this.closingEvent = closingEvent;
    }

    EventType closingEvent() {
      return closingEvent;
    }
  }

  /**
   * A reply that closes an activity: its result or cancellation details ({@link #payloads}), or its
   * failure.
   */
  record ToActivity(ActivityKind kind, Optional<Payloads> payloads, Failure failure) {
    ToActivity {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(payloads, "payloads");
    }

    static ToActivity completed(Optional<Payloads> result) {
      return new ToActivity(ActivityKind.COMPLETED, result, null);
    }

    static ToActivity failed(Failure failure) {
      return new ToActivity(
          ActivityKind.FAILED, Optional.empty(), Objects.requireNonNull(failure, "failure"));
    }

    static ToActivity canceled(Optional<Payloads> details) {
      return new ToActivity(ActivityKind.CANCELED, details, null);
    }
  }
}

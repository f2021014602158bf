package dev.handback.testing;

import java.util.Objects;

/**
 * A reply {@link HandOffs#completionClient()} took for a hand-off.
 *
 * @param handOff the hand-off it answered
 * @param kind what the reply did
 * @param value the result ({@link Kind#COMPLETED}) or the details ({@link Kind#HEARTBEAT}, {@link
 *     Kind#CANCELLED}); may be null
 * @param failure the failure ({@link Kind#FAILED}), else null
 */
public record RecordedReply(HandOff handOff, Kind kind, Object value, Exception failure) {

  /** Checks that the hand-off and the kind are there. */
  public RecordedReply {
    Objects.requireNonNull(handOff, "handOff");
    Objects.requireNonNull(kind, "kind");
  }

  /** What a reply did. */
  public enum Kind {
    /** Completed the activity with a result. */
    COMPLETED,
    /** Failed the activity. */
    FAILED,
    /** Confirmed the activity's cancellation. */
    CANCELLED,
    /** Reported progress; the activity still waits. */
    HEARTBEAT
  }
}

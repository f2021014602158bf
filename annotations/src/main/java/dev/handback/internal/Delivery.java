package dev.handback.internal;

/** What Temporal did with a reply that it took. */
public enum Delivery {
  /** Temporal recorded the reply now. */
  RECORDED,
  /**
   * Temporal had already recorded this very reply, sent before by a try whose answer was lost, or
   * by an earlier send of the same reply: its history holds this reply's outcome, and nothing was
   * recorded twice.
   */
  ALREADY_RECORDED
}

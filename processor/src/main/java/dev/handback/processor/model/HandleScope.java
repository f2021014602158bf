package dev.handback.processor.model;

/** What the handle of an {@code @AsyncCompletable} method addresses ({@code handleScope}). */
public enum HandleScope {
  /** The activity by its ids, whatever its attempt: handles of kind {@code a}. */
  ACTIVITY,
  /** One attempt by its task token: handles of kind {@code t}. */
  ATTEMPT
}

package dev.handback.runtime;

/**
 * A generated {@code FooAsync} method was called where it cannot hand an activity off: outside an
 * activity, in another activity method than the one it belongs to, or in a local activity.
 */
public final class HandoffException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** A hand-off refused, as {@code message} explains. */
  public HandoffException(String message) {
    super(message);
  }

  /** A hand-off refused, as {@code message} explains, because of {@code cause}. */
  public HandoffException(String message, Throwable cause) {
    super(message, cause);
  }
}

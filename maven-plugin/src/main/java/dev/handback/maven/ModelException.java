package dev.handback.maven;

/**
 * A Handback model is missing, unreadable or of an unknown version; the message says how to fix it.
 */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what to do. */
  public ModelException(String message) {
    super(message);
  }

  /** An exception with a message that says what to do, caused by {@code cause}. */
  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}

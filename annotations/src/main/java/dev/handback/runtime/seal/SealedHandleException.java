package dev.handback.runtime.seal;

import dev.handback.runtime.InvalidHandleException;

/**
 * A handle refused by a {@link HandleSealer}: not sealed, signed with an unknown key, forged or
 * altered, or expired. Thrown before anything is sent to Temporal; the message never repeats the
 * handle, the token or a key.
 */
public final class SealedHandleException extends InvalidHandleException {
  private static final long serialVersionUID = 1L;

  SealedHandleException(Reason reason, String message) {
    super(reason, message);
  }
}

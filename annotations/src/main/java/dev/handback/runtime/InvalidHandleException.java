package dev.handback.runtime;

/**
 * An encoded reply handle that cannot be used: empty, not a handle at all, from an unsupported
 * version, damaged or truncated, or made for another activity method; for sealed handles also
 * unsealed, forged, expired or signed with an unknown key. Thrown by {@code parse} before anything
 * is sent to Temporal. The message never repeats the token.
 */
public class InvalidHandleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Why a handle was refused. */
  public enum Reason {
    /** The string was null or empty. */
    EMPTY,
    /** The string does not have the shape of a Handback handle. */
    NOT_A_HANDLE,
    /** The handle names a format version this runtime cannot read. */
    UNSUPPORTED_VERSION,
    /** The handle is longer than any handle Handback makes. */
    TOO_LONG,
    /** The handle has the right shape but was truncated or altered: its checksum does not match. */
    DAMAGED,
    /** The handle is intact but was made for another activity method. */
    OTHER_METHOD,
    /**
     * The signal handle is intact but names a signal other than its method's (or its method takes
     * no signal): it was built to signal something else.
     */
    OTHER_SIGNAL,
    /** A sealed handle was required, and the handle is not sealed. */
    NOT_SEALED,
    /** The sealed handle names a key id that is not among the verification keys. */
    UNKNOWN_KEY,
    /** The sealed handle's signature does not match: it was forged or altered. */
    FORGED,
    /** The sealed handle's signature is intact, but its expiry has passed. */
    EXPIRED
  }

  private final Reason reason;

  /** A handle refused for {@code reason}, described by {@code message}. */
  public InvalidHandleException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the handle was refused. */
  public Reason reason() {
    return reason;
  }
}

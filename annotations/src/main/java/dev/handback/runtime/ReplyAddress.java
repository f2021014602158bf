package dev.handback.runtime;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Where a reply goes. Today one kind exists: the task token of one activity attempt, which
 * Temporal's {@code ActivityCompletionClient} accepts.
 */
public sealed interface ReplyAddress permits ReplyAddress.TaskToken {

  /** A one-letter tag that names the kind in an encoded handle. */
  char kind();

  /** The bytes an encoded handle carries for this address. */
  byte[] toBytes();

  /**
   * The task token of one activity attempt. It stops addressing the activity when that attempt
   * ends, including when the activity is retried.
   */
  final class TaskToken implements ReplyAddress {
    static final char KIND = 't';
    private final byte[] token;

    /** Wraps a task token as obtained from {@code ActivityExecutionContext.getTaskToken()}. */
    public TaskToken(byte[] token) {
      if (token == null || token.length == 0) {
        throw new IllegalArgumentException("A task token must not be empty");
      }
      this.token = token.clone();
    }

    /** A copy of the token. */
    public byte[] token() {
      return token.clone();
    }

    @Override
    public char kind() {
      return KIND;
    }

    @Override
    public byte[] toBytes() {
      return token.clone();
    }

    /**
     * The first 8 hex digits of the token's SHA-256: enough to tell two handles apart in a log,
     * useless to anyone who wants to complete the activity.
     */
    public String fingerprint() {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(token);
        return HexFormat.of().formatHex(digest, 0, 4);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every Java runtime has SHA-256", e);
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TaskToken that && Arrays.equals(that.token, token);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(token);
    }

    @Override
    public String toString() {
      return "task token " + fingerprint();
    }
  }
}

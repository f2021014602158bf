package dev.handback.runtime.seal;

import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/** One HMAC-SHA256 key of a {@link HandleSealer}, named by an id that sealed handles carry. */
final class SealingKey {
  static final String ALGORITHM = "HmacSHA256";
  static final int MIN_SECRET_BYTES = 32;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

  private final String id;
  private final SecretKeySpec secret;

  SealingKey(String id, byte[] secret) {
    Objects.requireNonNull(id, "keyId");
    Objects.requireNonNull(secret, "secret");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A sealing key id is 1 to 32 ASCII letters, digits, '-' or '_'; got "
              + id.length()
              + " characters that are not");
    }
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "The secret of sealing key '"
              + id
              + "' has "
              + secret.length
              + " bytes; HMAC-SHA256 needs at least "
              + MIN_SECRET_BYTES
              + " random bytes (for example from SecureRandom)");
    }
    this.id = id;
    this.secret = new SecretKeySpec(secret, ALGORITHM);
  }

  static boolean isValidId(String text) {
    return ID.matcher(text).matches();
  }

  String id() {
    return id;
  }

  SecretKeySpec secret() {
    return secret;
  }

  /** Names the key id only. */
  @Override
  public String toString() {
    return "sealing key '" + id + "'";
  }
}

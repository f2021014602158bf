package dev.handback.runtime.seal;

import dev.handback.internal.HandleCodec;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException.Reason;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;

/**
 * Seals reply handles for parties that must not forge, alter or reuse them: a sealed handle carries
 * an expiry and an HMAC-SHA256 signature with a key the service owns, and {@link #open} refuses it,
 * before anything is sent to Temporal, when it is not sealed, signed with an unknown key, forged or
 * altered, expired, or made for another method.
 *
 * <p>Format, version 1: {@code hbs1.<keyId>.<expiry>.<signature>.<handle>}, where {@code handle} is
 * the plain {@code hb1} handle, {@code expiry} the expiry in epoch seconds, and {@code signature}
 * the unpadded URL-safe Base64 of HMAC-SHA256 over {@code "hbs1.<keyId>.<expiry>.<handle>"} with
 * the key {@code keyId}. Keys rotate: seal with the new key and keep the old one among the
 * verification keys until the last handle it sealed has expired.
 *
 * <pre>{@code
 * HandleSealer sealer = HandleSealer.builder()
 *     .signingKey("2025-06", secretOfJune)        // seals, and verifies
 *     .verificationKey("2025-05", secretOfMay)    // only verifies: handles sealed before rotation
 *     .timeToLive(Duration.ofDays(8))
 *     .build();
 * String sealed = sealer.seal(ReviewActivitiesAsync.requestReview());        // activity side
 * RequestReviewHandle handle =
 *     RequestReviewHandle.of(sealer.open(RequestReviewHandle.KEY, sealed));   // service side
 * }</pre>
 *
 * <p>It protects against forged handles, altered handles, a handle used after its expiry and a
 * handle used for another method. It does not protect against a leaked handle used before it
 * expires, a leaked key, or a handle replayed within its lifetime (Temporal records only the first
 * reply to an attempt, so a replay cannot record a second result). Instances are immutable and safe
 * for concurrent use.
 */
public final class HandleSealer {
  /** The prefix of every sealed handle of the current format. */
  public static final String PREFIX = "hbs1";

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final int SIGNATURE_CHARS = 43;
  private static final int MAX_LENGTH = HandleCodec.MAX_LENGTH + 128;

  private final SealingKey signingKey;
  private final Map<String, SealingKey> verificationKeys;
  private final Duration timeToLive;
  private final Clock clock;

  private HandleSealer(Builder builder) {
    this.signingKey = Objects.requireNonNull(builder.signingKey, "a signing key is required");
    this.verificationKeys = Map.copyOf(builder.verificationKeys);
    this.timeToLive = Objects.requireNonNull(builder.timeToLive, "a time to live is required");
    this.clock = builder.clock;
  }

  /** A builder; a signing key and a time to live are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@code handle} as a sealed string that expires after the time to live, signed with the signing
   * key.
   */
  public String seal(ReplyHandle handle) {
    Objects.requireNonNull(handle, "handle");
    long expiry = clock.instant().plus(timeToLive).getEpochSecond();
    String signed = signedPart(signingKey.id(), expiry, handle.encode());
    return PREFIX
        + "."
        + signingKey.id()
        + "."
        + expiry
        + "."
        + signature(signingKey, signed)
        + "."
        + handle.encode();
  }

  /**
   * Verifies a sealed handle of the method {@code expected} and returns its address, for the
   * generated {@code of}: {@code RequestReviewHandle.of(sealer.open(RequestReviewHandle.KEY, s))}.
   *
   * @throws SealedHandleException if the string is not sealed, names an unknown key, does not carry
   *     a valid signature, or has expired
   * @throws dev.handback.runtime.InvalidHandleException if the signature is valid but the handle
   *     inside is made for another method
   */
  public ReplyAddress open(HandleKey expected, String sealed) {
    Objects.requireNonNull(expected, "expected");
    String what = "The sealed handle for " + expected;
    return HandleCodec.decode(expected, verify(what, SealedParts.parse(what, sealed)));
  }

  /**
   * Verifies a sealed handle and returns the plain {@code hb1} handle inside it, for code that
   * routes a reply by the method the handle names before parsing it, such as the webhook receiver:
   * parse the result with that method's {@code parse}, which also checks the method.
   *
   * @throws SealedHandleException if the string is not sealed, names an unknown key, does not carry
   *     a valid signature, or has expired
   */
  public String unseal(String sealed) {
    String what = "The sealed handle";
    return verify(what, SealedParts.parse(what, sealed));
  }

  /** Whether {@code text} has the prefix of a sealed handle; says nothing of its validity. */
  public static boolean looksSealed(String text) {
    return text != null && text.startsWith(PREFIX + ".");
  }

  /** The inner handle of {@code parts}, once its key, signature and expiry are verified. */
  private String verify(String what, SealedParts parts) {
    SealingKey key =
        SealingKey.isValidId(parts.keyId()) ? verificationKeys.get(parts.keyId()) : null;
    if (key == null) {
      throw refused(
          Reason.UNKNOWN_KEY,
          what
              + " was signed with a key this service does not know"
              + (SealingKey.isValidId(parts.keyId()) ? " ('" + parts.keyId() + "')" : "")
              + ": it was forged, or sealed with a key that was retired; the external party"
              + " needs a new handle");
    }
    byte[] actual = parts.signature().getBytes(StandardCharsets.US_ASCII);
    byte[] wanted =
        signature(key, signedPart(parts.keyId(), parts.expiry(), parts.inner()))
            .getBytes(StandardCharsets.US_ASCII);
    if (parts.signature().length() != SIGNATURE_CHARS || !MessageDigest.isEqual(actual, wanted)) {
      throw refused(
          Reason.FORGED,
          what
              + " does not carry a valid signature: it was forged or altered. Pass the whole"
              + " string HandleSealer.seal gave, unchanged");
    }
    Instant expires = Instant.ofEpochSecond(parts.expiry());
    if (!clock.instant().isBefore(expires)) {
      throw refused(
          Reason.EXPIRED,
          what
              + " expired at "
              + expires
              + ": the external party needs a new handle, or the service a longer time to live");
    }
    return parts.inner();
  }

  /**
   * The parts of a sealed handle, checked for shape only: {@code hbs1.<keyId>.<expiry>.<signature>.
   * <handle>}. The expiry must be spelled as {@code seal} spells it (decimal, no sign, no leading
   * zero), so that each sealed handle has exactly one accepted spelling.
   */
  private record SealedParts(String keyId, long expiry, String signature, String inner) {
    static SealedParts parse(String what, String sealed) {
      if (sealed == null || sealed.isEmpty()) {
        throw refused(Reason.EMPTY, what + " is empty");
      }
      if (sealed.length() > MAX_LENGTH) {
        throw refused(
            Reason.TOO_LONG,
            what
                + " is "
                + sealed.length()
                + " characters long; a sealed handle is at most "
                + MAX_LENGTH);
      }
      if (sealed.startsWith(HandleCodec.PREFIX + ".")) {
        throw refused(
            Reason.NOT_SEALED,
            what.replace("The sealed handle", "The handle")
                + " is not sealed, and only sealed handles are accepted here: pass the string"
                + " HandleSealer.seal gave");
      }
      String[] parts = sealed.split("\\.", 5);
      if (!parts[0].equals(PREFIX) || parts.length != 5) {
        throw refused(
            Reason.NOT_A_HANDLE,
            "This is not a sealed Handback handle (it starts with '"
                + PREFIX
                + ".' and has a key id, an expiry, a signature and a handle): pass the string"
                + " HandleSealer.seal gave"
                + what.replace("The sealed handle", ""));
      }
      return new SealedParts(parts[1], expiry(what, parts[2]), parts[3], parts[4]);
    }

    private static long expiry(String what, String text) {
      boolean canonical =
          !text.isEmpty()
              && text.length() <= 12
              && text.chars().allMatch(c -> c >= '0' && c <= '9')
              && (text.length() == 1 || text.charAt(0) != '0');
      if (!canonical) {
        throw refused(
            Reason.FORGED,
            what
                + " has no valid expiry: it was forged or altered. Pass the whole string"
                + " HandleSealer.seal gave, unchanged");
      }
      return Long.parseLong(text);
    }
  }

  private static String signedPart(String keyId, long expiry, String handle) {
    return PREFIX + "." + keyId + "." + expiry + "." + handle;
  }

  private static String signature(SealingKey key, String signed) {
    try {
      Mac mac = Mac.getInstance(SealingKey.ALGORITHM);
      mac.init(key.secret());
      return ENCODER.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
    }
  }

  private static SealedHandleException refused(Reason reason, String message) {
    return new SealedHandleException(reason, message);
  }

  /** The key ids this sealer verifies, and the one it signs with; never the secrets. */
  @Override
  public String toString() {
    return "HandleSealer[signs with '"
        + signingKey.id()
        + "', verifies "
        + verificationKeys.keySet()
        + ", time to live "
        + timeToLive
        + "]";
  }

  /** Configures a {@link HandleSealer}. */
  public static final class Builder {
    private SealingKey signingKey;
    private final Map<String, SealingKey> verificationKeys = new LinkedHashMap<>();
    private Duration timeToLive;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The key new handles are sealed with; it also verifies. {@code secret}: at least 32 random
     * bytes, kept by the service only.
     */
    public Builder signingKey(String keyId, byte[] secret) {
      signingKey = new SealingKey(keyId, secret.clone());
      return verificationKey(keyId, secret);
    }

    /**
     * A key that only verifies, such as the previous signing key during a rotation.
     *
     * @throws IllegalArgumentException if another secret was given for the same key id
     */
    public Builder verificationKey(String keyId, byte[] secret) {
      SealingKey key = new SealingKey(keyId, secret.clone());
      SealingKey known = verificationKeys.putIfAbsent(keyId, key);
      if (known != null && !MessageDigest.isEqual(known.secret().getEncoded(), secret)) {
        throw new IllegalArgumentException(
            "Two different secrets were given for sealing key '" + keyId + "'");
      }
      return this;
    }

    /**
     * How long a sealed handle stays valid; choose at least the activity's start-to-close timeout,
     * or a handle may expire while its activity still waits.
     */
    public Builder timeToLive(Duration timeToLive) {
      if (timeToLive == null || timeToLive.isNegative() || timeToLive.isZero()) {
        throw new IllegalArgumentException("The time to live of sealed handles must be positive");
      }
      this.timeToLive = timeToLive;
      return this;
    }

    /** The clock for expiries; the system clock unless set (for tests). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The sealer.
     *
     * @throws NullPointerException if no signing key or no time to live was set
     */
    public HandleSealer build() {
      return new HandleSealer(this);
    }
  }
}

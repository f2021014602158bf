package dev.handback.runtime.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.runtime.HandleForOtherMethodException;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.InvalidHandleException.Reason;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HandleSealerTest {
  private static final HandleKey KEY = HandleKey.of("Iface", "method");
  private static final HandleKey OTHER = HandleKey.of("Iface", "other");
  private static final Instant NOW = Instant.parse("2025-06-11T10:00:00Z");
  private static final Duration TTL = Duration.ofDays(8);
  private static final byte[] MAY = secret(1);
  private static final byte[] JUNE = secret(2);
  private static final byte[] TOKEN = secret(3);

  private static byte[] secret(long seed) {
    byte[] bytes = new byte[32];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** Stands in for a generated handle type. */
  private static final class Handle extends ReplyHandle {
    Handle(HandleKey key, byte[] token) {
      super(key, new ReplyAddress.TaskToken(token));
    }
  }

  private static HandleSealer sealer(Instant now, String signWith, byte[] secret) {
    return HandleSealer.builder()
        .signingKey(signWith, secret)
        .timeToLive(TTL)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .build();
  }

  private static final HandleSealer MAY_SEALER = sealer(NOW, "2025-05", MAY);
  private static final Handle HANDLE = new Handle(KEY, TOKEN);
  private static final String SEALED = MAY_SEALER.seal(HANDLE);

  @Test
  void sealedHandleOpensToItsAddress() {
    long expiry = NOW.plus(TTL).getEpochSecond();
    assertTrue(SEALED.startsWith("hbs1.2025-05." + expiry + "."), SEALED);
    assertTrue(SEALED.endsWith("." + HANDLE.encode()), SEALED);
    assertEquals(HANDLE.address(), MAY_SEALER.open(KEY, SEALED));
  }

  @Test
  void rotationKeepsOldHandlesValidWhileTheOldKeyVerifies() {
    HandleSealer rotated =
        HandleSealer.builder()
            .signingKey("2025-06", JUNE)
            .verificationKey("2025-05", MAY)
            .timeToLive(TTL)
            .clock(Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC))
            .build();

    assertEquals(HANDLE.address(), rotated.open(KEY, SEALED));
    String resealed = rotated.seal(HANDLE);
    assertTrue(resealed.startsWith("hbs1.2025-06."), resealed);
    assertEquals(HANDLE.address(), rotated.open(KEY, resealed));

    HandleSealer retired = sealer(NOW, "2025-06", JUNE);
    SealedHandleException unknown =
        assertThrows(SealedHandleException.class, () -> retired.open(KEY, SEALED));
    assertEquals(Reason.UNKNOWN_KEY, unknown.reason());
    assertEquals(
        "The sealed handle for Iface.method was signed with a key this service does not know"
            + " ('2025-05'): it was forged, or sealed with a key that was retired; the external"
            + " party needs a new handle",
        unknown.getMessage());
  }

  @Test
  void expiresAtItsExpiryToTheSecond() {
    Instant expiry = NOW.plus(TTL);
    assertEquals(
        HANDLE.address(), sealer(expiry.minusSeconds(1), "2025-05", MAY).open(KEY, SEALED));

    SealedHandleException expired =
        assertThrows(
            SealedHandleException.class, () -> sealer(expiry, "2025-05", MAY).open(KEY, SEALED));
    assertEquals(Reason.EXPIRED, expired.reason());
    assertEquals(
        "The sealed handle for Iface.method expired at 2025-06-19T10:00:00Z: the external party"
            + " needs a new handle, or the service a longer time to live",
        expired.getMessage());
  }

  @Test
  void unsealGivesThePlainHandleInsideOnceVerified() {
    assertEquals(HANDLE.encode(), MAY_SEALER.unseal(SEALED));
    assertTrue(HandleSealer.looksSealed(SEALED));
    assertFalse(HandleSealer.looksSealed(HANDLE.encode()));

    SealedHandleException plain =
        assertThrows(SealedHandleException.class, () -> MAY_SEALER.unseal(HANDLE.encode()));
    assertEquals(Reason.NOT_SEALED, plain.reason());
    assertEquals(
        "The handle is not sealed, and only sealed handles are accepted here: pass the string"
            + " HandleSealer.seal gave",
        plain.getMessage());
    String[] p = parts(SEALED);
    SealedHandleException zero =
        assertThrows(
            SealedHandleException.class,
            () -> MAY_SEALER.unseal(join(p[0], p[1], "00" + p[2], p[3], p[4])));
    assertEquals(Reason.FORGED, zero.reason());
    assertEquals(
        "The sealed handle has no valid expiry: it was forged or altered. Pass the whole string"
            + " HandleSealer.seal gave, unchanged",
        zero.getMessage());
  }

  @Test
  void intactSealOfAnotherMethodsHandleNamesThatMethod() {
    String other = MAY_SEALER.seal(new Handle(OTHER, TOKEN));
    HandleForOtherMethodException thrown =
        assertThrows(HandleForOtherMethodException.class, () -> MAY_SEALER.open(KEY, other));
    assertEquals(OTHER, thrown.handleMethod());
  }

  private static String[] parts(String sealed) {
    return sealed.split("\\.", 5);
  }

  private static String join(String... parts) {
    return String.join(".", parts);
  }

  private static String flipChar(String text, int index) {
    char[] chars = text.toCharArray();
    chars[index] = chars[index] == 'A' ? 'B' : 'A';
    return new String(chars);
  }

  static Stream<Arguments> refused() {
    String[] p = parts(SEALED);
    String june = sealer(NOW, "2025-06", JUNE).seal(HANDLE);
    String otherInner = new Handle(OTHER, TOKEN).encode();
    HandleSealer bothKeys =
        HandleSealer.builder()
            .signingKey("2025-05", MAY)
            .verificationKey("2025-06", JUNE)
            .timeToLive(TTL)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of("unsealed handle", HANDLE.encode(), Reason.NOT_SEALED, MAY_SEALER));
    cases.add(Arguments.of("null", null, Reason.EMPTY, MAY_SEALER));
    cases.add(Arguments.of("empty", "", Reason.EMPTY, MAY_SEALER));
    cases.add(Arguments.of("garbage", "please complete", Reason.NOT_A_HANDLE, MAY_SEALER));
    cases.add(
        Arguments.of(
            "no inner handle", join(p[0], p[1], p[2], p[3]), Reason.NOT_A_HANDLE, MAY_SEALER));
    cases.add(
        Arguments.of(
            "version hbs2", "hbs2" + SEALED.substring(4), Reason.NOT_A_HANDLE, MAY_SEALER));
    cases.add(Arguments.of("1 MB", "hbs1." + "A".repeat(1 << 20), Reason.TOO_LONG, MAY_SEALER));
    cases.add(
        Arguments.of(
            "unknown key id",
            join(p[0], "2024-01", p[2], p[3], p[4]),
            Reason.UNKNOWN_KEY,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "key id with a dot-free junk",
            join(p[0], "k$y", p[2], p[3], p[4]),
            Reason.UNKNOWN_KEY,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "signed with another known key's id",
            join(p[0], "2025-06", p[2], p[3], p[4]),
            Reason.FORGED,
            bothKeys));
    cases.add(
        Arguments.of(
            "other key's signature",
            join(p[0], p[1], p[2], parts(june)[3], p[4]),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "expiry extended",
            join(p[0], p[1], String.valueOf(Long.parseLong(p[2]) + 86_400), p[3], p[4]),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "expiry not a number",
            join(p[0], p[1], "soon", p[3], p[4]),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "expiry negative", join(p[0], p[1], "-1", p[3], p[4]), Reason.FORGED, MAY_SEALER));
    // Same number, same MAC input if the text were parsed first: only one spelling is accepted.
    cases.add(
        Arguments.of(
            "expiry with a leading zero",
            join(p[0], p[1], "0" + p[2], p[3], p[4]),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "expiry with a plus sign",
            join(p[0], p[1], "+" + p[2], p[3], p[4]),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "signature altered",
            join(p[0], p[1], p[2], flipChar(p[3], 10), p[4]),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "signature truncated",
            join(p[0], p[1], p[2], p[3].substring(1), p[4]),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "signature empty", join(p[0], p[1], p[2], "", p[4]), Reason.FORGED, MAY_SEALER));
    cases.add(
        Arguments.of(
            "inner handle swapped for another method's",
            join(p[0], p[1], p[2], p[3], otherInner),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "inner handle altered",
            join(p[0], p[1], p[2], p[3], flipChar(p[4], p[4].length() - 5)),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "inner handle truncated",
            SEALED.substring(0, SEALED.length() - 1),
            Reason.FORGED,
            MAY_SEALER));
    cases.add(
        Arguments.of(
            "signature of all zeros",
            join(
                p[0],
                p[1],
                p[2],
                Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]),
                p[4]),
            Reason.FORGED,
            MAY_SEALER));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void isRefusedWithoutRepeatingAnySecret(
      String name, String text, Reason reason, HandleSealer sealer) {
    InvalidHandleException thrown =
        assertThrows(InvalidHandleException.class, () -> sealer.open(KEY, text));

    assertEquals(reason, thrown.reason(), thrown.getMessage());
    assertTrue(thrown instanceof SealedHandleException, thrown.getClass().getName());
    String message = thrown.getMessage();
    assertTrue(message.contains(KEY.toString()), message);
    for (String secret :
        List.of(
            parts(SEALED)[3],
            HANDLE.encode().substring("hb1.Iface.method.t.".length()),
            HexFormat.of().formatHex(TOKEN),
            Base64.getEncoder().encodeToString(TOKEN),
            Base64.getEncoder().encodeToString(MAY),
            HexFormat.of().formatHex(MAY))) {
      for (int i = 0; i + 8 <= secret.length(); i++) {
        String window = secret.substring(i, i + 8);
        assertFalse(message.contains(window), () -> "'" + window + "' leaked into: " + message);
      }
    }
  }

  @Test
  void keysMustBeLongAndNamedPlainly() {
    IllegalArgumentException shortSecret =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                HandleSealer.builder()
                    .signingKey("k1", "password".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "The secret of sealing key 'k1' has 8 bytes; HMAC-SHA256 needs at least 32 random bytes"
            + " (for example from SecureRandom)",
        shortSecret.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> HandleSealer.builder().signingKey("k.1", MAY));
    assertThrows(IllegalArgumentException.class, () -> HandleSealer.builder().signingKey("", MAY));
    assertThrows(
        IllegalArgumentException.class,
        () -> HandleSealer.builder().signingKey("k1", MAY).verificationKey("k1", JUNE));
    assertThrows(NullPointerException.class, () -> HandleSealer.builder().timeToLive(TTL).build());
    assertThrows(
        NullPointerException.class, () -> HandleSealer.builder().signingKey("k1", MAY).build());
    assertThrows(
        IllegalArgumentException.class, () -> HandleSealer.builder().timeToLive(Duration.ZERO));
  }

  @Test
  void toStringShowsKeyIdsOnly() {
    String text = MAY_SEALER.toString();
    assertEquals(
        "HandleSealer[signs with '2025-05', verifies [2025-05], time to live PT192H]", text);
  }

  @Test
  void theSecretIsCopied() {
    byte[] secret = secret(9);
    HandleSealer sealer = sealer(NOW, "k1", secret);
    String sealed = sealer.seal(HANDLE);
    secret[0] ^= 1;
    assertEquals(HANDLE.address(), sealer.open(KEY, sealed));
  }
}

package dev.handback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.runtime.HandleForOtherMethodException;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.InvalidHandleException.Reason;
import dev.handback.runtime.ReplyAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Strings that are not intact handles of {@code Iface.method}, and what decoding them says. */
class HostileHandleTest {
  private static final HandleKey KEY = HandleKey.of("Iface", "method");
  private static final HandleKey OTHER_METHOD = HandleKey.of("Iface", "other");
  private static final HandleKey OTHER_INTERFACE = HandleKey.of("Other", "method");
  private static final String HEADER = "hb1.Iface.method.t.";

  /** 30 bytes: with the checksum 34, so the last Base64 character carries 4 unused bits. */
  private static final byte[] TOKEN = randomToken(30);

  private static final String VALID = encode(KEY);
  private static final String PAYLOAD = VALID.substring(HEADER.length());

  private static byte[] randomToken(int size) {
    byte[] token = new byte[size];
    new Random(20240611L).nextBytes(token);
    return token;
  }

  private static String encode(HandleKey key) {
    return HandleCodec.encode(key, new ReplyAddress.TaskToken(TOKEN));
  }

  private static String withPayloadChar(int index, char replacement) {
    char[] chars = VALID.toCharArray();
    chars[HEADER.length() + index] = replacement;
    return new String(chars);
  }

  private static char otherBase64Char(char c) {
    return c == 'A' ? 'B' : 'A';
  }

  /** Flips the lowest bit of the last character's 6-bit value: only unused bits change. */
  private static String withLastCharUnusedBitsSet() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    char last = VALID.charAt(VALID.length() - 1);
    char flipped = alphabet.charAt(alphabet.indexOf(last) ^ 1);
    return VALID.substring(0, VALID.length() - 1) + flipped;
  }

  private static String onlyChecksum() {
    CRC32C crc = new CRC32C();
    crc.update(HEADER.getBytes(StandardCharsets.US_ASCII));
    byte[] checksum = ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
    return HEADER + Base64.getUrlEncoder().withoutPadding().encodeToString(checksum);
  }

  private static String lastFourBytesOfPayload() {
    byte[] payload = Base64.getUrlDecoder().decode(PAYLOAD);
    byte[] tail = new byte[4];
    System.arraycopy(payload, payload.length - 4, tail, 0, 4);
    return HEADER + Base64.getUrlEncoder().withoutPadding().encodeToString(tail);
  }

  private static Arguments refused(String name, String text, Reason reason) {
    return Arguments.of(name, text, reason);
  }

  private static String version(String prefix) {
    return prefix + VALID.substring(3);
  }

  private static String cutFromEnd(String text, int chars) {
    return text.substring(0, text.length() - chars);
  }

  private static String ofLength(int length) {
    return HEADER + "A".repeat(length - HEADER.length());
  }

  private static String alteredPayloadChar(int index) {
    return withPayloadChar(index, otherBase64Char(PAYLOAD.charAt(index)));
  }

  static Stream<Arguments> corpus() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(refused("null", null, Reason.EMPTY));
    cases.add(refused("empty", "", Reason.EMPTY));
    cases.add(refused("garbage text", "please complete my activity", Reason.NOT_A_HANDLE));
    cases.add(refused("raw base64 token", PAYLOAD, Reason.NOT_A_HANDLE));
    cases.add(refused("upper-case prefix", version("HB1"), Reason.NOT_A_HANDLE));
    cases.add(refused("leading space", " " + VALID, Reason.NOT_A_HANDLE));
    cases.add(refused("dot only", ".", Reason.NOT_A_HANDLE));
    cases.add(refused("hb1 alone", "hb1", Reason.DAMAGED));
    cases.add(refused("hb1 and dot", "hb1.", Reason.DAMAGED));
    cases.add(refused("interface only", "hb1.Iface", Reason.DAMAGED));
    cases.add(refused("no kind, no payload", "hb1.Iface.method", Reason.DAMAGED));
    cases.add(refused("no payload", "hb1.Iface.method.t", Reason.DAMAGED));
    cases.add(refused("empty payload", HEADER, Reason.DAMAGED));
    cases.add(refused("no kind", "hb1.Iface.method." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("empty kind", "hb1.Iface.method.." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("empty method", "hb1.Iface..t." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("extra trailing part", VALID + ".extra", Reason.DAMAGED));
    cases.add(refused("trailing dot", VALID + ".", Reason.DAMAGED));
    cases.add(refused("extra middle part", "hb1.Iface.x.method.t." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("doubled", VALID + VALID, Reason.DAMAGED));
    cases.add(refused("truncated by 1", cutFromEnd(VALID, 1), Reason.DAMAGED));
    cases.add(refused("truncated by 2", cutFromEnd(VALID, 2), Reason.DAMAGED));
    cases.add(refused("truncated by half", cutFromEnd(VALID, VALID.length() / 2), Reason.DAMAGED));
    cases.add(
        refused(
            "payload truncated by half",
            VALID.substring(0, HEADER.length() + PAYLOAD.length() / 2),
            Reason.DAMAGED));
    cases.add(refused("first payload char altered", alteredPayloadChar(0), Reason.DAMAGED));
    cases.add(
        refused(
            "middle payload char altered",
            alteredPayloadChar(PAYLOAD.length() / 2),
            Reason.DAMAGED));
    cases.add(refused("last char's unused bits set", withLastCharUnusedBitsSet(), Reason.DAMAGED));
    cases.add(refused("wrong version hb2", version("hb2"), Reason.UNSUPPORTED_VERSION));
    cases.add(refused("wrong version hb99", version("hb99"), Reason.UNSUPPORTED_VERSION));
    cases.add(refused("version hb0", version("hb0"), Reason.UNSUPPORTED_VERSION));
    cases.add(refused("version hb01", version("hb01"), Reason.UNSUPPORTED_VERSION));
    cases.add(refused("other method's handle", encode(OTHER_METHOD), Reason.OTHER_METHOD));
    cases.add(refused("other interface's handle", encode(OTHER_INTERFACE), Reason.OTHER_METHOD));
    cases.add(
        refused(
            "other method's handle, damaged", cutFromEnd(encode(OTHER_METHOD), 1), Reason.DAMAGED));
    cases.add(refused("unknown kind letter", "hb1.Iface.method.x." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("upper-case kind", "hb1.Iface.method.T." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("two-letter kind", "hb1.Iface.method.tt." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("'+' in payload", withPayloadChar(3, '+'), Reason.DAMAGED));
    cases.add(refused("'/' in payload", withPayloadChar(3, '/'), Reason.DAMAGED));
    cases.add(refused("'=' in payload", withPayloadChar(3, '='), Reason.DAMAGED));
    cases.add(refused("'=' padding appended", VALID + "==", Reason.DAMAGED));
    cases.add(refused("space in payload", withPayloadChar(3, ' '), Reason.DAMAGED));
    cases.add(refused("trailing space", VALID + " ", Reason.DAMAGED));
    cases.add(refused("trailing newline", VALID + "\n", Reason.DAMAGED));
    cases.add(refused("unicode in payload", withPayloadChar(3, 'é'), Reason.DAMAGED));
    cases.add(refused("emoji in payload", VALID + "\uD83D\uDE00", Reason.DAMAGED));
    cases.add(refused("unicode in method", "hb1.Iface.méthod.t." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("'$' in interface", "hb1.I$face.method.t." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("'+' in header", "hb1.Iface+.method.t." + PAYLOAD, Reason.DAMAGED));
    cases.add(refused("1 MB of 'A'", "A".repeat(1 << 20), Reason.TOO_LONG));
    cases.add(refused("1 MB handle", ofLength(1 << 20), Reason.TOO_LONG));
    cases.add(refused("one char too long", ofLength(HandleCodec.MAX_LENGTH + 1), Reason.TOO_LONG));
    cases.add(refused("payload of only the checksum", onlyChecksum(), Reason.DAMAGED));
    cases.add(refused("payload of its checksum", lastFourBytesOfPayload(), Reason.DAMAGED));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedWithoutRepeatingTheToken(String name, String text, Reason reason) {
    InvalidHandleException thrown =
        assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, text));

    assertEquals(reason, thrown.reason(), thrown.getMessage());
    assertEquals(
        reason == Reason.OTHER_METHOD,
        thrown instanceof HandleForOtherMethodException,
        thrown.getClass().getName());
    String message = thrown.getMessage();
    assertTrue(message.contains(KEY.toString()), message);
    assertNoSecretIn(message, PAYLOAD);
    assertNoSecretIn(message, HexFormat.of().formatHex(TOKEN));
    if (text != null) {
      String lastPart = text.substring(text.lastIndexOf('.') + 1);
      assertNoSecretIn(message, lastPart);
    }
  }

  private static void assertNoSecretIn(String message, String secret) {
    for (int i = 0; i + 8 <= secret.length(); i++) {
      String window = secret.substring(i, i + 8);
      assertFalse(message.contains(window), () -> "'" + window + "' leaked into: " + message);
    }
  }

  @Test
  void theReferenceHandleIsValid() {
    assertEquals(new ReplyAddress.TaskToken(TOKEN), HandleCodec.decode(KEY, VALID));
    assertEquals(46, PAYLOAD.length());
  }

  @Test
  void otherMethodNamesBothMethods() {
    HandleForOtherMethodException thrown =
        assertThrows(
            HandleForOtherMethodException.class,
            () -> HandleCodec.decode(KEY, encode(OTHER_METHOD)));

    assertEquals(Reason.OTHER_METHOD, thrown.reason());
    assertEquals(KEY, thrown.expectedMethod());
    assertEquals(OTHER_METHOD, thrown.handleMethod());
    assertEquals(
        "This handle was made for Iface.other, not for Iface.method: parse it with"
            + " IfaceCompleter.OtherHandle.parse and complete it through completer.other(handle)",
        thrown.getMessage());
  }

  @Test
  void otherInterfaceNamesBothMethods() {
    HandleForOtherMethodException thrown =
        assertThrows(
            HandleForOtherMethodException.class,
            () -> HandleCodec.decode(KEY, encode(OTHER_INTERFACE)));

    assertEquals(KEY, thrown.expectedMethod());
    assertEquals(OTHER_INTERFACE, thrown.handleMethod());
    assertEquals(
        "This handle was made for Other.method, not for Iface.method: parse it with"
            + " OtherCompleter.MethodHandle.parse and complete it through completer.method(handle)",
        thrown.getMessage());
  }

  @Test
  void damagedMessage() {
    InvalidHandleException thrown =
        assertThrows(
            InvalidHandleException.class, () -> HandleCodec.decode(KEY, alteredPayloadChar(0)));

    assertInstanceOf(InvalidHandleException.class, thrown);
    assertEquals(
        "The handle for Iface.method is damaged or truncated (its checksum does not match): pass"
            + " the whole string encode() gave, unchanged",
        thrown.getMessage());
  }

  @Test
  void damagedShapeMessage() {
    InvalidHandleException thrown =
        assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, "hb1"));

    assertEquals(
        "The handle for Iface.method is damaged or truncated (it does not have the five"
            + " dot-separated parts of a handle): pass the whole string encode() gave, unchanged",
        thrown.getMessage());
  }

  @Test
  void unsupportedVersionMessage() {
    InvalidHandleException thrown =
        assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, version("hb2")));

    assertEquals(
        "The handle for Iface.method has format version hb2, and this Handback runtime reads hb1:"
            + " complete it with the Handback version that made it, or upgrade",
        thrown.getMessage());
  }

  @Test
  void tooLongMessage() {
    InvalidHandleException thrown =
        assertThrows(
            InvalidHandleException.class, () -> HandleCodec.decode(KEY, "A".repeat(1 << 20)));

    assertEquals(
        "The handle for Iface.method is 1048576 characters long; a Handback handle is at most"
            + " 16384. Pass the string encode() gave, unchanged",
        thrown.getMessage());
  }

  @Test
  void emptyMessage() {
    InvalidHandleException thrown =
        assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, null));

    assertEquals(
        "The handle for Iface.method is empty: pass the string encode() gave", thrown.getMessage());
  }

  @Test
  void notAHandleMessage() {
    InvalidHandleException thrown =
        assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, "garbage"));

    assertEquals(
        "This is not a Handback reply handle (a handle starts with 'hb1.'): pass the string"
            + " encode() gave for Iface.method",
        thrown.getMessage());
  }
}

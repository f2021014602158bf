package dev.handback.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.internal.HandleCodec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReplyHandleTest {

  /** Shaped like a handle class the processor generates, for {@code Review.approve}. */
  static final class ApproveHandle extends ReplyHandle {
    static final HandleKey KEY = HandleKey.of("Review", "approve");

    private ApproveHandle(ReplyAddress address) {
      super(KEY, address);
    }

    static ApproveHandle of(ReplyAddress address) {
      return new ApproveHandle(address);
    }

    static ApproveHandle parse(String encoded) {
      return new ApproveHandle(HandleCodec.decode(KEY, encoded));
    }
  }

  /** Shaped like a handle class the processor generates, for {@code Review.reject}. */
  static final class RejectHandle extends ReplyHandle {
    static final HandleKey KEY = HandleKey.of("Review", "reject");

    private RejectHandle(ReplyAddress address) {
      super(KEY, address);
    }

    static RejectHandle of(ReplyAddress address) {
      return new RejectHandle(address);
    }

    static RejectHandle parse(String encoded) {
      return new RejectHandle(HandleCodec.decode(KEY, encoded));
    }
  }

  /** Another class with the same key as {@link ApproveHandle}: class identity still counts. */
  static final class ApproveHandleTwin extends ReplyHandle {
    ApproveHandleTwin(ReplyAddress address) {
      super(ApproveHandle.KEY, address);
    }
  }

  private static final byte[] TOKEN = token(1, 64);

  private static byte[] token(long seed, int size) {
    byte[] token = new byte[size];
    new Random(seed).nextBytes(token);
    return token;
  }

  private static ReplyAddress.TaskToken address(byte[] token) {
    return new ReplyAddress.TaskToken(token);
  }

  private static String sha256Prefix(byte[] token) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(token);
    return HexFormat.of().formatHex(digest).substring(0, 8);
  }

  @Test
  void toStringNamesTheMethodAndOnlyAFingerprint() throws NoSuchAlgorithmException {
    ApproveHandle handle = ApproveHandle.of(address(TOKEN));

    String text = handle.toString();

    assertEquals("ApproveHandle[Review.approve, task token " + sha256Prefix(TOKEN) + "]", text);
    Matcher hex = Pattern.compile("\\b[0-9a-f]{8}\\b").matcher(text);
    assertTrue(hex.find(), text);
    assertFalse(hex.find(), text);
    assertNoWindowOf(HexFormat.of().formatHex(TOKEN), text);
    assertNoWindowOf(HexFormat.of().withUpperCase().formatHex(TOKEN), text);
    assertNoWindowOf(Base64.getUrlEncoder().encodeToString(TOKEN), text);
    assertNoWindowOf(Base64.getEncoder().encodeToString(TOKEN), text);
    String encoded = handle.encode();
    assertNoWindowOf(encoded.substring(encoded.lastIndexOf('.') + 1), text);
  }

  @Test
  void toStringOfTheOtherMethodNamesIt() {
    String text = RejectHandle.of(address(TOKEN)).toString();

    assertTrue(text.startsWith("RejectHandle[Review.reject, task token "), text);
  }

  private static void assertNoWindowOf(String secret, String text) {
    for (int i = 0; i + 8 <= secret.length(); i++) {
      String window = secret.substring(i, i + 8);
      assertFalse(text.contains(window), () -> "'" + window + "' leaked into: " + text);
    }
  }

  @Test
  void equalWhenClassKeyAndTokenAreEqual() {
    ApproveHandle a = ApproveHandle.of(address(TOKEN));
    ApproveHandle b = ApproveHandle.of(address(TOKEN.clone()));

    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a);
  }

  @Test
  void notEqualForAnotherToken() {
    byte[] changed = TOKEN.clone();
    changed[changed.length - 1] ^= 1;

    assertNotEquals(ApproveHandle.of(address(TOKEN)), ApproveHandle.of(address(changed)));
  }

  @Test
  void handlesOfTwoMethodsWithTheSameTokenAreNotEqual() {
    ApproveHandle approve = ApproveHandle.of(address(TOKEN));
    RejectHandle reject = RejectHandle.of(address(TOKEN));

    assertNotEquals(approve, reject);
    assertNotEquals(reject, approve);
  }

  @Test
  void handlesOfTwoClassesWithTheSameKeyAndTokenAreNotEqual() {
    ApproveHandle approve = ApproveHandle.of(address(TOKEN));
    ApproveHandleTwin twin = new ApproveHandleTwin(address(TOKEN));

    assertNotEquals(approve, twin);
    assertNotEquals(twin, approve);
  }

  @Test
  void notEqualToOtherObjects() {
    ApproveHandle handle = ApproveHandle.of(address(TOKEN));

    assertNotEquals(handle, null);
    assertNotEquals(handle, address(TOKEN));
    assertNotEquals(handle, handle.encode());
  }

  @Test
  void encodeIsDeterministicAndParsesBack() {
    ApproveHandle handle = ApproveHandle.of(address(TOKEN));
    String encoded = handle.encode();

    assertEquals(encoded, handle.encode());
    assertEquals(encoded, ApproveHandle.of(address(TOKEN.clone())).encode());
    assertTrue(encoded.startsWith("hb1.Review.approve.t."), encoded);
    ApproveHandle parsed = ApproveHandle.parse(encoded);
    assertEquals(handle, parsed);
    assertEquals(encoded, parsed.encode());
    assertSame(ApproveHandle.KEY, parsed.key());
    assertEquals(address(TOKEN), parsed.address());
  }

  @Test
  void encodingsOfTwoMethodsDifferAndDoNotCrossParse() {
    String approve = ApproveHandle.of(address(TOKEN)).encode();
    String reject = RejectHandle.of(address(TOKEN)).encode();

    assertNotEquals(approve, reject);
    HandleForOtherMethodException thrown =
        assertThrows(HandleForOtherMethodException.class, () -> RejectHandle.parse(approve));
    assertEquals(RejectHandle.KEY, thrown.expectedMethod());
    assertEquals(ApproveHandle.KEY, thrown.handleMethod());
    assertThrows(HandleForOtherMethodException.class, () -> ApproveHandle.parse(reject));
  }

  @Test
  void rejectsNullAddress() {
    assertThrows(NullPointerException.class, () -> ApproveHandle.of(null));
  }

  @Test
  void theHandleDoesNotShareTheCallersTokenArray() {
    byte[] token = token(2, 16);
    ApproveHandle handle = ApproveHandle.of(address(token));
    String before = handle.encode();

    token[0] ^= 1;
    ((ReplyAddress.TaskToken) handle.address()).token()[1] ^= 1;

    assertEquals(before, handle.encode());
  }
}

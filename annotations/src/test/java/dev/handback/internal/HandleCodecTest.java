package dev.handback.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.ReplyAddress;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HandleCodecTest {
  private static final HandleKey KEY = HandleKey.of("Iface", "method");
  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._-]+");

  /**
   * Computed outside this codebase (a Python script with its own CRC-32C) from the format in {@link
   * HandleCodec}'s Javadoc, for the token 0x00 0x01 ... 0x0f.
   */
  private static final String GOLDEN = "hb1.Iface.method.t.AAECAwQFBgcICQoLDA0ODw89Tc0";

  static IntStream sizes() {
    return IntStream.concat(
        IntStream.rangeClosed(1, 70),
        IntStream.of(127, 128, 129, 255, 256, 257, 511, 512, 1000, 1023, 1024, 1025, 2047, 2048));
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void roundTripsRandomTokens(int size) {
    Random random = new Random(0x4842_0000L + size);
    for (int i = 0; i < 20; i++) {
      byte[] token = new byte[size];
      random.nextBytes(token);

      String encoded = HandleCodec.encode(KEY, new ReplyAddress.TaskToken(token));

      assertTrue(URL_SAFE.matcher(encoded).matches(), encoded);
      assertTrue(encoded.startsWith("hb1.Iface.method.t."), encoded);
      assertTrue(encoded.length() <= HandleCodec.MAX_LENGTH, "length " + encoded.length());
      ReplyAddress decoded = HandleCodec.decode(KEY, encoded);
      ReplyAddress.TaskToken taskToken = (ReplyAddress.TaskToken) decoded;
      assertArrayEquals(token, taskToken.token());
      assertEquals(new ReplyAddress.TaskToken(token), decoded);
    }
  }

  @Test
  void formatIsStable() {
    byte[] token = new byte[16];
    for (int i = 0; i < token.length; i++) {
      token[i] = (byte) i;
    }

    assertEquals(GOLDEN, HandleCodec.encode(KEY, new ReplyAddress.TaskToken(token)));
    assertArrayEquals(token, ((ReplyAddress.TaskToken) HandleCodec.decode(KEY, GOLDEN)).token());
  }

  @Test
  void encodingIsDeterministic() {
    byte[] token = new byte[100];
    new Random(7).nextBytes(token);

    assertEquals(
        HandleCodec.encode(KEY, new ReplyAddress.TaskToken(token)),
        HandleCodec.encode(KEY, new ReplyAddress.TaskToken(token.clone())));
  }

  @Test
  void theChecksumCoversTheMethodName() {
    byte[] token = {1, 2, 3, 4, 5};
    String other =
        HandleCodec.encode(HandleKey.of("Iface", "other"), new ReplyAddress.TaskToken(token));
    String relabelled = other.replace("hb1.Iface.other.", "hb1.Iface.method.");

    InvalidHandleException thrown =
        assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, relabelled));

    assertEquals(InvalidHandleException.Reason.DAMAGED, thrown.reason());
  }

  @Test
  void aHandleOfTheMaximumLengthIsNotRefusedForItsLength() {
    String text = "hb1.Iface.method.t." + "A".repeat(HandleCodec.MAX_LENGTH - 19);
    assertEquals(HandleCodec.MAX_LENGTH, text.length());

    InvalidHandleException thrown =
        assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, text));

    assertEquals(InvalidHandleException.Reason.DAMAGED, thrown.reason());
  }

  @Test
  void anEmptyTokenCannotBeWrapped() {
    assertThrows(IllegalArgumentException.class, () -> new ReplyAddress.TaskToken(new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> new ReplyAddress.TaskToken(null));
  }
}

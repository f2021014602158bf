package dev.handback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.ReplyAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/** Handles of kind {@code s}: a signal address, as documented in {@link HandleCodec}. */
class SignalHandleCodecTest {
  private static final HandleKey KEY = HandleKey.of("Iface", "method");
  private static final ReplyAddress.SignalAddress ADDRESS =
      new ReplyAddress.SignalAddress("order-42", "run-7", "Iface_MethodResult");

  @Test
  void roundTripsAndNamesTheKind() {
    String encoded = HandleCodec.encode(KEY, ADDRESS);

    assertTrue(encoded.startsWith("hb1.Iface.method.s."), encoded);
    assertTrue(encoded.matches("[A-Za-z0-9._-]+"), encoded);
    assertEquals(ADDRESS, HandleCodec.decode(KEY, encoded));
  }

  @Test
  void theBodyIsTheDocumentedJsonSoOtherLanguagesCanReadIt() {
    String encoded = HandleCodec.encode(KEY, ADDRESS);

    // As the Javadoc says: Base64url-decode the fifth part and drop the last four bytes.
    byte[] payload = Base64.getUrlDecoder().decode(encoded.split("\\.")[4]);
    byte[] body = Arrays.copyOf(payload, payload.length - 4);
    assertEquals(
        "{\"workflowId\":\"order-42\",\"runId\":\"run-7\",\"signal\":\"Iface_MethodResult\"}",
        new String(body, StandardCharsets.UTF_8));
  }

  @Test
  void aHandleWrittenElsewhereFromTheFormatIsRead() {
    String json = "{\"workflowId\":\"w\",\"runId\":\"\",\"signal\":\"s\"}";

    String encoded = handWritten("s", json.getBytes(StandardCharsets.UTF_8));

    ReplyAddress.SignalAddress read = (ReplyAddress.SignalAddress) HandleCodec.decode(KEY, encoded);
    assertEquals("w", read.workflowId());
    assertEquals(Optional.empty(), read.run());
    assertEquals("s", read.signalName());
  }

  @Test
  void anIntactHandleWithABodyThatIsNotTheAddressIsDamaged() {
    for (String body :
        new String[] {
          "not json",
          "[]",
          "{\"workflowId\":\"w\",\"runId\":\"r\"}",
          "{\"workflowId\":\"w\",\"runId\":\"r\",\"signal\":\"s\",\"extra\":1}",
          "{\"workflowId\":\"\",\"runId\":\"r\",\"signal\":\"s\"}",
          "{\"workflowId\":1,\"runId\":\"r\",\"signal\":\"s\"}"
        }) {
      String encoded = handWritten("s", body.getBytes(StandardCharsets.UTF_8));

      InvalidHandleException thrown =
          assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, encoded), body);
      assertEquals(InvalidHandleException.Reason.DAMAGED, thrown.reason(), body);
    }
  }

  @Test
  void aSignalHandleOfItsMethodsSignalIsRead() {
    String encoded = HandleCodec.encode(KEY, ADDRESS);

    assertEquals(ADDRESS, HandleCodec.decode(KEY, "Iface_MethodResult", encoded));
  }

  @Test
  void anIntactSignalHandleNamingAnotherSignalIsRefused() {
    // A valid checksum proves nothing: anyone can build this handle from the documented format.
    String forged =
        HandleCodec.encode(KEY, new ReplyAddress.SignalAddress("bystander", "", "approve"));

    InvalidHandleException thrown =
        assertThrows(
            InvalidHandleException.class,
            () -> HandleCodec.decode(KEY, "Iface_MethodResult", forged));

    assertEquals(InvalidHandleException.Reason.OTHER_SIGNAL, thrown.reason());
    assertEquals(
        "The handle for Iface.method names the signal 'approve', but Iface.method's result goes by"
            + " the signal 'Iface_MethodResult': it was altered or built by hand to address"
            + " something else. Pass the string encode() gave for Iface.method",
        thrown.getMessage());
  }

  @Test
  void aMethodWithoutASignalTakesNoSignalHandle() {
    String forged =
        handWritten(
            "s",
            "{\"workflowId\":\"w\",\"runId\":\"\",\"signal\":\"s\"}"
                .getBytes(StandardCharsets.UTF_8));

    InvalidHandleException thrown =
        assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, null, forged));

    assertEquals(InvalidHandleException.Reason.OTHER_SIGNAL, thrown.reason());
    assertTrue(
        thrown.getMessage().contains("Iface.method takes no signal (it is not an @ExternalResult"),
        thrown.getMessage());
  }

  @Test
  void aTaskTokenHandleIsReadWhateverTheMethodsSignal() {
    ReplyAddress token = new ReplyAddress.TaskToken(new byte[] {1, 2, 3});
    String encoded = HandleCodec.encode(KEY, token);

    assertEquals(token, HandleCodec.decode(KEY, "Iface_MethodResult", encoded));
    assertEquals(token, HandleCodec.decode(KEY, null, encoded));
  }

  @Test
  void anUnknownKindIsStillRefused() {
    InvalidHandleException thrown =
        assertThrows(
            InvalidHandleException.class,
            () -> HandleCodec.decode(KEY, handWritten("x", new byte[] {1, 2, 3})));

    assertTrue(thrown.getMessage().contains("address kind 'x' is unknown"), thrown.getMessage());
  }

  @Test
  void toStringShowsTheAddressAndEmptyRunMeansLatest() {
    assertEquals(
        "workflow 'order-42', run 'run-7', signal 'Iface_MethodResult'", ADDRESS.toString());
    ReplyAddress.SignalAddress latest = new ReplyAddress.SignalAddress("w", null, "s");
    assertEquals("", latest.runId());
    assertEquals("workflow 'w', signal 's'", latest.toString());
    assertThrows(
        IllegalArgumentException.class, () -> new ReplyAddress.SignalAddress("", "r", "s"));
    assertThrows(
        IllegalArgumentException.class, () -> new ReplyAddress.SignalAddress("w", "r", null));
  }

  /** Encodes a body by the documented format, independently of {@link HandleCodec#encode}. */
  private static String handWritten(String kind, byte[] body) {
    String header = "hb1.Iface.method." + kind + ".";
    CRC32C crc = new CRC32C();
    crc.update(header.getBytes(StandardCharsets.US_ASCII));
    crc.update(body);
    ByteBuffer payload =
        ByteBuffer.allocate(body.length + 4).put(body).putInt((int) crc.getValue());
    return header + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.array());
  }
}

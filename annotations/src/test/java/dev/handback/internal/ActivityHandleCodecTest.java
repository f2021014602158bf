package dev.handback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handback.runtime.HandleForOtherMethodException;
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

/**
 * Handles of kind {@code a} (an activity by its ids) and {@code w} (a business key), as documented
 * in {@link HandleCodec}.
 */
class ActivityHandleCodecTest {
  private static final HandleKey KEY = HandleKey.of("Iface", "method");
  private static final ReplyAddress.ActivityId BY_IDS =
      new ReplyAddress.ActivityId("order-4711", "run-1", "act-9", "line-2");
  private static final ReplyAddress.BusinessKey BUSINESS_KEY =
      new ReplyAddress.BusinessKey("order-4711", null, null);

  /**
   * Computed outside this codebase (a Python script with its own CRC-32C) from the format in {@link
   * HandleCodec}'s Javadoc, for {@link #BY_IDS} and {@link #BUSINESS_KEY}.
   */
  private static final String GOLDEN_BY_IDS =
      "hb1.Iface.method.a.eyJ3b3JrZmxvd0lkIjoib3JkZXItNDcxMSIsInJ1bklkIjoicnVuLTEiLCJhY3Rpdml0eUlkIjoiYWN0LTkiLCJjYWxsS2V5IjoibGluZS0yIn1FJPbD";

  private static final String GOLDEN_BUSINESS_KEY =
      "hb1.Iface.method.w.eyJ3b3JrZmxvd0lkIjoib3JkZXItNDcxMSIsInJ1bklkIjoiIiwiY2FsbEtleSI6IiJ9nJfKaA";

  @Test
  void theFormatIsStable() {
    assertEquals(GOLDEN_BY_IDS, HandleCodec.encode(KEY, BY_IDS));
    assertEquals(BY_IDS, HandleCodec.decode(KEY, GOLDEN_BY_IDS));
    assertEquals(GOLDEN_BUSINESS_KEY, HandleCodec.encode(KEY, BUSINESS_KEY));
    assertEquals(BUSINESS_KEY, HandleCodec.decode(KEY, GOLDEN_BUSINESS_KEY));
  }

  @Test
  void theBodyIsTheDocumentedJsonSoOtherLanguagesCanReadIt() {
    assertEquals(
        "{\"workflowId\":\"order-4711\",\"runId\":\"run-1\",\"activityId\":\"act-9\","
            + "\"callKey\":\"line-2\"}",
        body(HandleCodec.encode(KEY, BY_IDS)));
    assertEquals(
        "{\"workflowId\":\"order-4711\",\"runId\":\"\",\"callKey\":\"\"}",
        body(HandleCodec.encode(KEY, BUSINESS_KEY)));
  }

  @Test
  void idsWithCharactersJsonEscapesRoundTrip() {
    ReplyAddress.ActivityId address =
        new ReplyAddress.ActivityId("kunde \"ö\"\\7\n", "r", "a\u0001", "schlüssel/€");

    String encoded = HandleCodec.encode(KEY, address);

    assertTrue(encoded.matches("[A-Za-z0-9._-]+"), encoded);
    assertEquals(address, HandleCodec.decode(KEY, encoded));
  }

  @Test
  void membersInAnotherOrderAreRead() {
    String json = "{\"callKey\":\"\",\"activityId\":\"1\",\"runId\":\"\",\"workflowId\":\"w\"}";

    ReplyAddress.ActivityId read =
        (ReplyAddress.ActivityId) HandleCodec.decode(KEY, handWritten("a", json));

    assertEquals(new ReplyAddress.ActivityId("w", "", "1", ""), read);
    assertEquals(Optional.empty(), read.run());
    assertEquals(Optional.empty(), read.call());
  }

  @Test
  void anIntactHandleWithABodyThatIsNotTheAddressIsDamaged() {
    String[][] cases = {
      {"a", "not json"},
      {"a", "[]"},
      {"a", "{\"workflowId\":\"w\",\"runId\":\"r\",\"activityId\":\"1\"}"},
      {
        "a",
        "{\"workflowId\":\"w\",\"runId\":\"r\",\"activityId\":\"1\",\"callKey\":\"\",\"x\":\"\"}"
      },
      {"a", "{\"workflowId\":\"w\",\"runId\":\"r\",\"activityId\":\"1\",\"runId\":\"r\"}"},
      {"a", "{\"workflowId\":\"\",\"runId\":\"r\",\"activityId\":\"1\",\"callKey\":\"\"}"},
      {"a", "{\"workflowId\":\"w\",\"runId\":\"r\",\"activityId\":\"\",\"callKey\":\"\"}"},
      {"a", "{\"workflowId\":\"w\",\"runId\":\"r\",\"activityId\":1,\"callKey\":\"\"}"},
      {"a", "{\"workflowId\":\"w\",\"runId\":\"r\",\"activityId\":\"1\",\"callKey\":\"\"} {}"},
      {"w", "{\"workflowId\":\"w\",\"runId\":\"r\"}"},
      {"w", "{\"workflowId\":\"\",\"runId\":\"\",\"callKey\":\"\"}"},
      {"w", "{\"workflowId\":\"w\",\"runId\":null,\"callKey\":\"\"}"},
    };
    for (String[] c : cases) {
      String encoded = handWritten(c[0], c[1]);

      InvalidHandleException thrown =
          assertThrows(InvalidHandleException.class, () -> HandleCodec.decode(KEY, encoded), c[1]);
      assertEquals(InvalidHandleException.Reason.DAMAGED, thrown.reason(), c[1]);
      assertTrue(thrown.getMessage().contains("is not the JSON object a handle carries"), c[1]);
    }
  }

  @Test
  void aHandleOfAnotherMethodIsRefusedAndNamesBoth() {
    String other = HandleCodec.encode(HandleKey.of("Iface", "other"), BY_IDS);

    HandleForOtherMethodException thrown =
        assertThrows(HandleForOtherMethodException.class, () -> HandleCodec.decode(KEY, other));

    assertEquals(HandleKey.of("Iface", "other"), thrown.handleMethod());
  }

  @Test
  void toStringShowsIdsAndKeys() {
    assertEquals(
        "workflow 'order-4711', run 'run-1', activity 'act-9', call key 'line-2'",
        BY_IDS.toString());
    assertEquals(
        "workflow 'w', activity '1'", new ReplyAddress.ActivityId("w", null, "1").toString());
    assertEquals("the pending activity of workflow 'order-4711'", BUSINESS_KEY.toString());
    assertEquals(
        "the pending activity of workflow 'w', run 'r' with call key 'k'",
        new ReplyAddress.BusinessKey("w", "r", "k").toString());
    assertThrows(
        IllegalArgumentException.class, () -> new ReplyAddress.ActivityId("w", "r", "", ""));
    assertThrows(
        IllegalArgumentException.class, () -> new ReplyAddress.BusinessKey(null, "r", "k"));
  }

  private static String body(String encoded) {
    byte[] payload = Base64.getUrlDecoder().decode(encoded.split("\\.")[4]);
    return new String(Arrays.copyOf(payload, payload.length - 4), StandardCharsets.UTF_8);
  }

  /** Encodes a body by the documented format, independently of {@link HandleCodec#encode}. */
  private static String handWritten(String kind, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String header = "hb1.Iface.method." + kind + ".";
    CRC32C crc = new CRC32C();
    crc.update(header.getBytes(StandardCharsets.US_ASCII));
    crc.update(body);
    ByteBuffer payload =
        ByteBuffer.allocate(body.length + 4).put(body).putInt((int) crc.getValue());
    return header + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.array());
  }
}

package dev.handback.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.common.converter.DataConverter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The call key a hand-off records in Temporal's own state for its activity: in the activity's
 * heartbeat details, which {@code DescribeWorkflowExecution} lists for every pending activity and
 * which outlive retries. The details then hold two payloads: first the progress details the
 * external party last sent (or a null payload), which {@code
 * ActivityExecutionContext.getHeartbeatDetails} of a retried attempt reads as before, and last the
 * key, a JSON string payload marked with the metadata entry {@value #MARKER_NAME}{@code =}{@value
 * #MARKER_VALUE}. The key payload is written as is, not through the client's data converter or
 * codec: it must stay readable to whoever looks the activity up.
 *
 * <p>Every heartbeat replaces the details as a whole, so a heartbeat sent for a keyed activity
 * sends the key again ({@link #details}); one sent without it, by code outside Handback, drops the
 * key, and the activity can then be reached by its handle only.
 *
 * <p>Public only for Handback's own modules (the command line lists the key of each waiting call).
 */
public final class CallKeys {
  static final String MARKER_NAME = "handback";
  static final String MARKER_VALUE = "call-key";

  private static final ByteString MARKER = ByteString.copyFromUtf8(MARKER_VALUE);
  private static final ByteString JSON_ENCODING = ByteString.copyFromUtf8("json/plain");
  private static final ByteString NULL_ENCODING = ByteString.copyFromUtf8("binary/null");
  private static final JsonFactory JSON = new JsonFactory();

  private CallKeys() {}

  /** The payload that records {@code callKey}. */
  static Payload payload(String callKey) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.writeString(callKey);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory cannot fail", e);
    }
    return Payload.newBuilder()
        .putMetadata("encoding", JSON_ENCODING)
        .putMetadata(MARKER_NAME, MARKER)
        .setData(ByteString.copyFrom(out.toByteArray()))
        .build();
  }

  /** Whether {@code payload} records a call key. */
  static boolean isKey(Payload payload) {
    return MARKER.equals(payload.getMetadataMap().get(MARKER_NAME));
  }

  /** The call key recorded in heartbeat {@code details}, if any. */
  public static Optional<String> read(Payloads details) {
    for (int i = details.getPayloadsCount() - 1; i >= 0; i--) {
      Payload payload = details.getPayloads(i);
      if (isKey(payload)) {
        return parse(payload.getData());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> parse(ByteString data) {
    try (JsonParser parser = JSON.createParser(data.toByteArray())) {
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        return Optional.empty();
      }
      String key = parser.getText();
      return parser.nextToken() == null && !key.isEmpty() ? Optional.of(key) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Heartbeat details that carry {@code progress} (converted by {@code converter}; null for none)
   * and the call key.
   */
  static Payloads details(DataConverter converter, Object progress, String callKey) {
    Payload first = converter.toPayload(progress).orElseGet(CallKeys::nullPayload);
    return Payloads.newBuilder().addPayloads(first).addPayloads(payload(callKey)).build();
  }

  /**
   * Details that keep the progress of {@code existing} (the details a retried attempt started with)
   * and record {@code callKey}.
   */
  static Payloads keep(Optional<Payloads> existing, String callKey) {
    Payload first =
        existing
            .filter(details -> details.getPayloadsCount() > 0)
            .map(details -> details.getPayloads(0))
            .filter(payload -> !isKey(payload))
            .orElseGet(CallKeys::nullPayload);
    return Payloads.newBuilder().addPayloads(first).addPayloads(payload(callKey)).build();
  }

  /** A payload of null, as Temporal's default converter writes it. */
  private static Payload nullPayload() {
    return Payload.newBuilder().putMetadata("encoding", NULL_ENCODING).build();
  }
}

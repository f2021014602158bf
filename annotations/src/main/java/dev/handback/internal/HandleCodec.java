package dev.handback.internal;

import dev.handback.runtime.HandleForOtherMethodException;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.InvalidHandleException.Reason;
import dev.handback.runtime.ReplyAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Turns reply addresses into URL-safe strings and back.
 *
 * <p>Format, version 1: {@code hb1.<Interface>.<method>.<kind>.<payload>}, where {@code kind} is,
 * for {@code @AsyncCompletable}, {@code a} for an activity by its ids, {@code t} for one attempt's
 * task token or {@code w} for a business key; for {@code @ExternalResult}, {@code s} for a signal
 * address. {@code payload} is the unpadded URL-safe Base64 of the address bytes followed by a
 * big-endian CRC-32C of {@code "hb1.<Interface>.<method>.<kind>."} and the address bytes. The
 * checksum catches a truncated or altered handle before it reaches Temporal (which answers a
 * garbage token with an internal server error); it is not a signature.
 *
 * <p>To read a handle in another language: split on {@code '.'}, Base64url-decode the fifth part
 * and drop its last four bytes. What remains is, for kind {@code a}, the UTF-8 JSON object {@code
 * {"workflowId":"…","runId":"…","activityId":"…","callKey":"…"}}: reply with Temporal's by-id calls
 * ({@code RespondActivityTaskCompletedById} and so on; a heartbeat keeps a non-empty {@code
 * callKey} only if it sends it again); for kind {@code t}, the task token to pass to Temporal's
 * {@code RespondActivityTaskCompleted}; for kind {@code w}, the UTF-8 JSON object {@code
 * {"workflowId":"…","runId":"…","callKey":"…"}}: find the method's pending activity with {@code
 * DescribeWorkflowExecution}, then reply by id; for kind {@code s}, the UTF-8 JSON object {@code
 * {"workflowId":"…","runId":"…","signal":"…"}}: send the result as signal {@code signal} to that
 * workflow run (an empty {@code runId} means the latest run) with the single argument {@code
 * {"result": …}} or {@code {"failure": {"type": "…", "message": "…"}}}.
 */
public final class HandleCodec {
  /** The prefix of every handle of the current format. */
  public static final String PREFIX = "hb1";

  /** No handle Handback makes is longer; longer input is refused before it is decoded. */
  public static final int MAX_LENGTH = 16 * 1024;

  private static final Pattern VERSION = Pattern.compile("hb[0-9]{1,4}");
  private static final int CHECKSUM_BYTES = 4;
  private static final char[] KINDS = {
    ReplyAddress.ActivityId.KIND,
    ReplyAddress.TaskToken.KIND,
    ReplyAddress.SignalAddress.KIND,
    ReplyAddress.BusinessKey.KIND
  };
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private HandleCodec() {}

  /** Encodes {@code address} as a handle of the method {@code key}. */
  public static String encode(HandleKey key, ReplyAddress address) {
    String header = header(key, address.kind());
    byte[] body = address.toBytes();
    ByteBuffer payload = ByteBuffer.allocate(body.length + CHECKSUM_BYTES);
    payload.put(body).putInt(checksum(header, body));
    return header + ENCODER.encodeToString(payload.array());
  }

  /**
   * Decodes a handle made for the method {@code expected}, whose result is delivered by the signal
   * {@code expectedSignal} ({@code null} for a method that takes no signal): a signal handle that
   * names another signal is refused ({@link Reason#OTHER_SIGNAL}), since it would address something
   * other than its method. A task-token handle is accepted on either kind of method, so a handle
   * made before a method moved from {@code @AsyncCompletable} to {@code @ExternalResult} still
   * completes its activity.
   *
   * @throws InvalidHandleException if the text is not an intact handle of that method
   */
  public static ReplyAddress decode(HandleKey expected, String expectedSignal, String text) {
    ReplyAddress address = decode(expected, text);
    if (address instanceof ReplyAddress.SignalAddress signal
        && !signal.signalName().equals(expectedSignal)) {
      throw new InvalidHandleException(
          Reason.OTHER_SIGNAL,
          "The handle for "
              + expected
              + " names the signal '"
              + signal.signalName()
              + "', but "
              + (expectedSignal == null
                  ? expected + " takes no signal (it is not an @ExternalResult method)"
                  : expected + "'s result goes by the signal '" + expectedSignal + "'")
              + ": it was altered or built by hand to address something else. Pass the string"
              + " encode() gave for "
              + expected);
    }
    return address;
  }

  /**
   * Decodes a handle made for the method {@code expected}, whatever signal a signal handle names:
   * only for handles whose origin is already proven (a sealed handle the service signed); {@code
   * parse} uses {@link #decode(HandleKey, String, String)}. A handle is reported as made for
   * another method ({@link HandleForOtherMethodException}) only when it is otherwise intact.
   *
   * @throws InvalidHandleException if the text is not an intact handle of that method
   */
  public static ReplyAddress decode(HandleKey expected, String text) {
    if (text == null || text.isEmpty()) {
      throw new InvalidHandleException(
          Reason.EMPTY, "The handle for " + expected + " is empty: pass the string encode() gave");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidHandleException(
          Reason.TOO_LONG,
          "The handle for "
              + expected
              + " is "
              + text.length()
              + " characters long; a Handback handle is at most "
              + MAX_LENGTH
              + ". Pass the string encode() gave, unchanged");
    }
    for (char kind : KINDS) {
      String header = header(expected, kind);
      if (text.startsWith(header)) {
        // The usual case, a handle of the expected method: no need to take the text apart.
        return address(expected, kind, header, text.substring(header.length()));
      }
    }
    String[] parts = text.split("\\.", -1);
    if (!VERSION.matcher(parts[0]).matches()) {
      throw new InvalidHandleException(
          Reason.NOT_A_HANDLE,
          "This is not a Handback reply handle (a handle starts with '"
              + PREFIX
              + ".'): pass the string encode() gave for "
              + expected);
    }
    if (!parts[0].equals(PREFIX)) {
      throw new InvalidHandleException(
          Reason.UNSUPPORTED_VERSION,
          "The handle for "
              + expected
              + " has format version "
              + parts[0]
              + ", and this Handback runtime reads "
              + PREFIX
              + ": complete it with the Handback version that made it, or upgrade");
    }
    if (parts.length != 5
        || !HandleKey.isValidSegment(parts[1])
        || !HandleKey.isValidSegment(parts[2])
        || parts[3].length() != 1) {
      throw damaged(expected, "it does not have the five dot-separated parts of a handle");
    }
    HandleKey actual = HandleKey.of(parts[1], parts[2]);
    char kind = parts[3].charAt(0);
    if (!isKind(kind)) {
      throw damaged(expected, "its address kind '" + kind + "' is unknown");
    }
    // The expected method's handles took the path above, so this one names another method:
    // said only of a handle that is otherwise intact, which address() checks.
    address(expected, kind, header(actual, kind), parts[4]);
    throw new HandleForOtherMethodException(expected, actual);
  }

  /**
   * The address in {@code encodedPayload}, the part after {@code header} of a handle whose header
   * names a method and kind; throws if the payload was damaged. The caller checks the method.
   */
  private static ReplyAddress address(
      HandleKey expected, char kind, String header, String encodedPayload) {
    byte[] payload;
    try {
      payload = DECODER.decode(encodedPayload);
    } catch (IllegalArgumentException e) {
      throw damaged(expected, "its payload is not URL-safe Base64");
    }
    if (!ENCODER.encodeToString(payload).equals(encodedPayload)) {
      // The JDK decoder also accepts padding and ignores unused trailing bits: encode() makes
      // exactly one string per token, so any other spelling was altered.
      throw damaged(expected, "its payload is not unpadded URL-safe Base64");
    }
    if (payload.length <= CHECKSUM_BYTES) {
      throw damaged(expected, "its payload is too short");
    }
    ByteBuffer buffer = ByteBuffer.wrap(payload);
    byte[] body = new byte[payload.length - CHECKSUM_BYTES];
    buffer.get(body);
    if (buffer.getInt() != checksum(header, body)) {
      throw damaged(expected, "its checksum does not match");
    }
    return switch (kind) {
      case ReplyAddress.TaskToken.KIND -> new ReplyAddress.TaskToken(body);
      case ReplyAddress.ActivityId.KIND ->
          ReplyAddress.ActivityId.fromBytes(body)
              .orElseThrow(() -> notTheObject(expected, "activity address"));
      case ReplyAddress.BusinessKey.KIND ->
          ReplyAddress.BusinessKey.fromBytes(body)
              .orElseThrow(() -> notTheObject(expected, "business-key address"));
      default ->
          ReplyAddress.SignalAddress.fromBytes(body)
              .orElseThrow(() -> notTheObject(expected, "signal address"));
    };
  }

  private static boolean isKind(char kind) {
    for (char known : KINDS) {
      if (known == kind) {
        return true;
      }
    }
    return false;
  }

  private static InvalidHandleException notTheObject(HandleKey expected, String what) {
    return damaged(expected, "its " + what + " is not the JSON object a handle carries");
  }

  private static InvalidHandleException damaged(HandleKey expected, String why) {
    return new InvalidHandleException(
        Reason.DAMAGED,
        "The handle for "
            + expected
            + " is damaged or truncated ("
            + why
            + "): pass the whole string encode() gave, unchanged");
  }

  private static String header(HandleKey key, char kind) {
    return PREFIX + "." + key.interfaceName() + "." + key.methodName() + "." + kind + ".";
  }

  private static int checksum(String header, byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(header.getBytes(StandardCharsets.US_ASCII));
    crc.update(body);
    return (int) crc.getValue();
  }
}

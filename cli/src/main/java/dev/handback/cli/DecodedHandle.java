package dev.handback.cli;

import dev.handback.internal.HandleCodec;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.InvalidHandleException;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.seal.HandleSealer;
import java.time.Instant;

/**
 * A handle read without knowing its method beforehand: the method it names and where it points. A
 * sealed handle ({@code hbs1…}) is opened without verifying its signature (that needs the service's
 * key, which an operator does not have, and Temporal does not need): its key id and expiry are
 * shown as they are written.
 *
 * @param key the method the handle names
 * @param address where it points
 * @param plain the plain {@code hb1} handle
 * @param sealKeyId the id of the key a sealed handle names, or null for a plain handle
 * @param sealExpires the expiry a sealed handle carries, or null for a plain handle
 */
record DecodedHandle(
    HandleKey key, ReplyAddress address, String plain, String sealKeyId, Instant sealExpires) {

  /**
   * Reads {@code text}.
   *
   * @throws CliFailure with {@link ExitCode#INVALID_HANDLE} if it is not an intact handle
   */
  static DecodedHandle read(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (HandleSealer.looksSealed(trimmed)) {
      String[] parts = trimmed.split("\\.", 5);
      if (parts.length != 5 || !parts[2].matches("[0-9]{1,18}")) {
        throw invalid(
            "This sealed handle is damaged or truncated (a sealed handle is"
                + " hbs1.<keyId>.<expiry>.<signature>.<handle>): pass the whole string");
      }
      DecodedHandle inner = plain(parts[4]);
      return new DecodedHandle(
          inner.key,
          inner.address,
          inner.plain,
          parts[1],
          Instant.ofEpochSecond(Long.parseLong(parts[2])));
    }
    return plain(trimmed);
  }

  private static DecodedHandle plain(String text) {
    if (text.length() > HandleCodec.MAX_LENGTH) {
      throw invalid(
          "This handle is "
              + text.length()
              + " characters long; a Handback handle is at most "
              + HandleCodec.MAX_LENGTH);
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length < 3 || !parts[0].matches("hb[0-9]{1,4}")) {
      throw invalid(
          "This is not a Handback handle (a handle starts with '"
              + HandleCodec.PREFIX
              + ".' and a sealed one with '"
              + HandleSealer.PREFIX
              + ".'): pass the string the activity handed out, unchanged");
    }
    if (!HandleKey.isValidSegment(parts[1]) || !HandleKey.isValidSegment(parts[2])) {
      throw invalid(
          "This handle is damaged (it does not name an interface and a method): pass the whole"
              + " string the activity handed out, unchanged");
    }
    HandleKey key = HandleKey.of(parts[1], parts[2]);
    try {
      return new DecodedHandle(key, HandleCodec.decode(key, text), text, null, null);
    } catch (InvalidHandleException e) {
      throw new CliFailure(ExitCode.INVALID_HANDLE, e.getMessage(), e);
    }
  }

  private static CliFailure invalid(String message) {
    return new CliFailure(ExitCode.INVALID_HANDLE, message);
  }

  boolean sealed() {
    return sealKeyId != null;
  }
}

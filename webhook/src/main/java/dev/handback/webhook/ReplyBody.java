package dev.handback.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.runtime.ReplyRoute;
import dev.handback.webhook.Refusal.Refused;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;

/**
 * The body of one delivery, read strictly: {@code {"result": …}} or {@code {"failure": {"type":
 * "…", "message": "…"}}}, and a digest of it that tells a retry of the same delivery from another
 * outcome.
 */
final class ReplyBody {
  private static final Set<String> FAILURE_MEMBERS = Set.of("type", "message");

  private final JsonNode body;
  private final String digest;

  private ReplyBody(JsonNode body) {
    this.body = body;
    this.digest = digest(body.toString());
  }

  /** Reads {@code bytes}; refuses anything but one JSON object of the documented shape. */
  static ReplyBody read(ObjectMapper json, byte[] bytes) throws Refused {
    JsonNode body;
    try {
      body = json.readTree(bytes);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage();
      throw Refusal.MALFORMED_JSON.because(
          why != null && why.startsWith("Trailing token")
              ? "The body has content after its JSON value: send exactly one JSON object"
              : "The body is not one JSON value: " + firstLine(why));
    } catch (IOException e) {
      throw Refusal.MALFORMED_JSON.because("The body is not JSON");
    }
    if (body == null
        || body.isMissingNode()
        || !body.isObject()
        || body.size() != 1
        || !(body.has("result") || body.has("failure"))) {
      throw Refusal.BAD_BODY.because(
          "The body must be a JSON object with exactly one member: \"result\" or \"failure\"");
    }
    return new ReplyBody(body);
  }

  /** The SHA-256 of the body's compact form: equal for a retry of the same delivery. */
  String digest() {
    return digest;
  }

  boolean isFailure() {
    return body.has("failure");
  }

  /** The failure to deliver, as Temporal's {@code ApplicationFailure} of the given type. */
  ApplicationFailure failure() throws Refused {
    JsonNode failure = body.get("failure");
    JsonNode type = failure.path("type");
    JsonNode message = failure.path("message");
    if (!failure.isObject()
        || !type.isTextual()
        || type.asText().isBlank()
        || !(message.isMissingNode() || message.isTextual())
        || !FAILURE_MEMBERS.containsAll(names(failure))) {
      throw Refusal.BAD_FAILURE.because(
          "A failure is {\"type\": \"<error type>\", \"message\": \"<text>\"} with a non-empty"
              + " type and no other member");
    }
    return ApplicationFailure.newFailure(message.asText(""), type.asText());
  }

  /** The result as the method's result type; null for a method that returns nothing. */
  Object result(ObjectMapper json, ReplyRoute route) throws Refused {
    JsonNode result = body.get("result");
    if (route.returnsVoid()) {
      if (!result.isNull()) {
        throw Refusal.RESULT_TYPE_MISMATCH.because(
            route.key() + " returns nothing: send {\"result\": null}");
      }
      return null;
    }
    try {
      return json.treeToValue(result, json.getTypeFactory().constructType(route.resultType()));
    } catch (JsonProcessingException e) {
      throw mismatch(route, e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw mismatch(route, "it cannot be read as that type");
    }
  }

  private static Refused mismatch(ReplyRoute route, String why) {
    return Refusal.RESULT_TYPE_MISMATCH.because(
        "The result does not fit "
            + route.key()
            + ", which returns "
            + route.resultType().getTypeName()
            + ": "
            + firstLine(why));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new java.util.HashSet<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static String digest(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}

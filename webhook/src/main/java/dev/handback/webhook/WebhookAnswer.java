package dev.handback.webhook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the receiver answers a request: an HTTP status, a JSON body and the headers that go with it
 * ({@code Allow}, {@code Retry-After}, {@code Connection: close}). A transport writes it as it is,
 * with {@code Content-Type: application/json; charset=utf-8}.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param headers further headers, by name
 * @param error the error code of a refusal, as its body carries it; empty for a delivery
 */
public record WebhookAnswer(
    int status, String body, Map<String, String> headers, Optional<String> error) {
  /** The content type of every answer. */
  public static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /** Checks the parts and copies the headers. */
  public WebhookAnswer {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(error, "error");
    headers = Map.copyOf(headers);
  }

  /** The body as UTF-8 bytes. */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  static WebhookAnswer refusal(
      int status, String code, String message, Map<String, String> headers) {
    return new WebhookAnswer(
        status, error(code, message).toString(), new LinkedHashMap<>(headers), Optional.of(code));
  }

  static ObjectNode error(String code, String message) {
    return JsonNodeFactory.instance.objectNode().put("error", code).put("message", message);
  }

  static WebhookAnswer delivered(boolean duplicate) {
    return new WebhookAnswer(
        200,
        JsonNodeFactory.instance
            .objectNode()
            .put("delivered", true)
            .put("duplicate", duplicate)
            .toString(),
        Map.of(),
        Optional.empty());
  }
}

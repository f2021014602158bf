package dev.handback.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one catalogue of the receiver's refusals: each has its HTTP status, the error code the JSON
 * answer carries, and the headers it needs. Codes are part of the protocol (README, {@code
 * docs/reliability.md}); a 4xx or 502 is permanent for that request, a 503 transient (retry after
 * {@code Retry-After} seconds).
 */
enum Refusal {
  /** Not valid HTTP, as the server's parser found before the receiver saw a request. */
  BAD_REQUEST(400, "bad_request"),
  /** The path does not hold an intact handle this receiver accepts. */
  BAD_HANDLE(400, "bad_handle"),
  /** The body is not one JSON value: broken, a duplicated key, or content after it. */
  MALFORMED_JSON(400, "malformed_json"),
  /** The body is JSON, but not an object with exactly one of {@code result} and {@code failure}. */
  BAD_BODY(400, "bad_body"),
  /** The path is outside the receiver's base path. */
  NOT_FOUND(404, "not_found"),
  /** The handle names a method no route was registered for. */
  UNKNOWN_METHOD(404, "unknown_method"),
  /** A business-key handle names a workflow that does not exist. */
  WORKFLOW_NOT_FOUND(404, "workflow_not_found"),
  /** Not a POST. */
  METHOD_NOT_ALLOWED(405, "method_not_allowed", Headers.ALLOW_POST, 0),
  /** The body did not arrive within the body deadline. */
  REQUEST_TIMEOUT(408, "request_timeout", Headers.CLOSE, 0),
  /** Another outcome for this handle was already accepted: the first one wins. */
  CONFLICT(409, "conflict"),
  /**
   * A business-key handle's workflow runs but has no activity of the method pending (with the
   * handle's call key), yet or any more; nothing was recorded.
   */
  NONE_PENDING(409, "none_pending"),
  /** A business-key handle without a call key finds several activities of the method pending. */
  AMBIGUOUS(409, "ambiguous"),
  /** Nobody waits for the reply any more; nothing was recorded. */
  NO_LONGER_WAITING(410, "no_longer_waiting"),
  /** The body is larger than the limit. */
  BODY_TOO_LARGE(413, "body_too_large", Headers.CLOSE, 0),
  /** The result does not fit the method's result type exactly. */
  RESULT_TYPE_MISMATCH(422, "result_type_mismatch"),
  /** The failure is not {@code {"type": "…", "message": "…"}} with a non-empty type. */
  BAD_FAILURE(422, "bad_failure"),
  /** A fault of the receiver itself; logged with an incident id. */
  INTERNAL_ERROR(500, "internal_error"),
  /** Temporal refused the delivery with a status no retry changes; nothing was recorded. */
  TEMPORAL_REFUSED(502, "temporal_refused"),
  /** Temporal did not accept the delivery within the delivery deadline; retry later. */
  TEMPORAL_UNAVAILABLE(503, "temporal_unavailable", Headers.NONE, 5),
  /**
   * Temporal's answer to the delivery was lost and its history cannot tell whether the delivery was
   * recorded; it may have been: retry later.
   */
  OUTCOME_UNKNOWN(503, "outcome_unknown", Headers.NONE, 5),
  /** Every delivery slot and queue place is taken; retry shortly. */
  OVERLOADED(503, "overloaded", Headers.CLOSE, 1),
  /** A delivery of this handle with another body is under way; retry shortly. */
  DELIVERY_IN_PROGRESS(503, "delivery_in_progress", Headers.NONE, 1);

  /** Headers a refusal adds besides {@code Retry-After}. */
  private enum Headers {
    NONE,
    ALLOW_POST,
    CLOSE
  }

  private final int status;
  private final String code;
  private final Headers headers;
  private final int retryAfterSeconds;

  Refusal(int status, String code) {
    this(status, code, Headers.NONE, 0);
  }

  Refusal(int status, String code, Headers headers, int retryAfterSeconds) {
    this.status = status;
    this.code = code;
    this.headers = headers;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /**
   * The answer: {@code {"error": "<code>", "message": "<message>"}} with this refusal's headers.
   */
  WebhookAnswer answer(String message) {
    Map<String, String> fields = new LinkedHashMap<>();
    switch (headers) {
      case ALLOW_POST -> fields.put("Allow", "POST");
      case CLOSE -> fields.put("Connection", "close");
      case NONE -> {}
    }
    if (retryAfterSeconds > 0) {
      fields.put("Retry-After", String.valueOf(retryAfterSeconds));
    }
    return WebhookAnswer.refusal(status, code, message, fields);
  }

  /** This refusal, with {@code message}, as an exception that carries it to the answer. */
  Refused because(String message) {
    return new Refused(this, message);
  }

  /** A request refused with a {@link Refusal}; its message is what the caller reads. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Refusal refusal;

    private Refused(Refusal refusal, String message) {
      super(message, null, false, false);
      this.refusal = refusal;
    }

    Refusal refusal() {
      return refusal;
    }

    WebhookAnswer answer() {
      return refusal.answer(getMessage());
    }
  }
}

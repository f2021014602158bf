package dev.handback.webhook;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers of the HTTP server itself (a request it cannot parse, a request line or headers over
 * its limits) in the receiver's JSON shape, {@code {"error": "bad_request", "message": "…"}}, with
 * the status the server chose and nothing of its own exception text.
 */
final class JsonErrors extends ErrorHandler {
  private final WebhookEndpoint endpoint;

  JsonErrors(WebhookEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() > 0 ? response.getStatus() : 400;
    if (request.getAttribute(ERROR_STATUS) instanceof Integer given) {
      status = given;
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, WebhookAnswer.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(body(status)), callback);
    return true;
  }

  private byte[] body(int status) {
    String message =
        switch (status) {
          case 414 -> "The request line is longer than this receiver reads";
          case 431 -> "The request headers are larger than this receiver reads";
          default -> "This is not an HTTP request this receiver can read (status " + status + ")";
        };
    return endpoint.counted(Refusal.BAD_REQUEST.answer(message)).bodyBytes();
  }
}

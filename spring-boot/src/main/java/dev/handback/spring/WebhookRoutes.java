package dev.handback.spring;

import dev.handback.webhook.WebhookAnswer;
import dev.handback.webhook.WebhookEndpoint;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the webhook protocol in the application's own web server: every request below the base
 * path, whatever its method, goes to the {@link WebhookEndpoint} that {@code handback-webhook}'s
 * receiver serves too, and its answer is written as it is — status, JSON body, headers. Requests
 * reach it through the application's filters, Spring Security's included. The delivery to Temporal
 * holds no request thread: the answer is written asynchronously once Temporal answered.
 */
final class WebhookRoutes {
  private final WebhookEndpoint endpoint;
  private final String basePath;

  private WebhookRoutes(WebhookEndpoint endpoint, String basePath) {
    this.endpoint = endpoint;
    this.basePath = basePath;
  }

  /** The routes of {@code endpoint} under {@code basePath} ({@code /handback}, no trailing '/'). */
  static RouterFunction<ServerResponse> of(WebhookEndpoint endpoint, String basePath) {
    WebhookRoutes routes = new WebhookRoutes(endpoint, basePath);
    return RouterFunctions.route(RequestPredicates.path(basePath + "/**"), routes::reply);
  }

  private ServerResponse reply(ServerRequest serverRequest) {
    HttpServletRequest request = serverRequest.servletRequest();
    String method = request.getMethod();
    String handle = handleIn(request);
    Optional<WebhookAnswer> early = endpoint.answerBeforeBody(method, handle);
    if (early.isPresent()) {
      return written(early.get());
    }
    if (request.getContentLengthLong() > endpoint.maxBodyBytes()) {
      return written(endpoint.bodyTooLarge());
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(endpoint.maxBodyBytes() + 1);
    } catch (IOException e) {
      return written(endpoint.bodyUnreadable());
    }
    if (body.length > endpoint.maxBodyBytes()) {
      return written(endpoint.bodyTooLarge());
    }
    return ServerResponse.async(
        endpoint.answer(method, handle, body).thenApply(WebhookRoutes::written));
  }

  /** The raw (not URL-decoded) path after {@code <context path><base path>/}. */
  private String handleIn(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String prefix = basePath + "/";
    return path.startsWith(prefix) ? path.substring(prefix.length()) : "";
  }

  private static ServerResponse written(WebhookAnswer answer) {
    return ServerResponse.status(answer.status())
        .headers(
            headers -> {
              headers.set(HttpHeaders.CONTENT_TYPE, WebhookAnswer.CONTENT_TYPE);
              answer.headers().forEach(headers::set);
            })
        .body(answer.bodyBytes());
  }
}

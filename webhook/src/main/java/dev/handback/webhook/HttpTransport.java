package dev.handback.webhook;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;

/**
 * Serves a {@link WebhookEndpoint} in Jetty: answers what needs no body at once, refuses a body
 * announced larger than the limit before reading it, reads the body without holding a thread within
 * the body deadline ({@code 408} and the connection closed when it passes, {@code 413} when it
 * grows over the limit), and writes the endpoint's answer when the delivery completes.
 */
final class HttpTransport extends Handler.Abstract {
  private final WebhookEndpoint endpoint;
  private final String prefix;
  private final Duration bodyDeadline;
  private final ScheduledExecutorService timers;

  HttpTransport(
      WebhookEndpoint endpoint,
      String basePath,
      Duration bodyDeadline,
      ScheduledExecutorService timers) {
    this.endpoint = endpoint;
    this.prefix = basePath + "/";
    this.bodyDeadline = bodyDeadline;
    this.timers = timers;
  }

  @Override
  // The futures' last stages write the answer or fail the callback themselves: nothing to check.
  @SuppressWarnings("FutureReturnValueIgnored")
  public boolean handle(Request request, Response response, Callback callback) {
    String path = request.getHttpURI().getPath();
    if (path == null || !path.startsWith(prefix)) {
      write(
          response,
          callback,
          endpoint.counted(Refusal.NOT_FOUND.answer("POST replies to " + prefix + "<handle>")));
      return true;
    }
    String method = request.getMethod();
    String handle = path.substring(prefix.length());
    Optional<WebhookAnswer> early = endpoint.answerBeforeBody(method, handle);
    if (early.isPresent()) {
      writeUnread(request, response, callback, early.get());
      return true;
    }
    if (request.getLength() > endpoint.maxBodyBytes()) {
      writeUnread(request, response, callback, endpoint.bodyTooLarge());
      return true;
    }
    AtomicBoolean answered = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        timers.schedule(
            () -> {
              if (answered.compareAndSet(false, true)) {
                write(response, callback, endpoint.bodyTimedOut(bodyDeadline));
              }
            },
            bodyDeadline.toNanos(),
            TimeUnit.NANOSECONDS);
    CompletableFuture<byte[]> body = new CompletableFuture<>();
    Content.Source.asByteArrayAsync(
        request, endpoint.maxBodyBytes(), Promise.Invocable.toPromise(body));
    body.whenComplete(
        (bytes, failed) -> {
          deadline.cancel(false);
          if (failed != null) {
            if (answered.compareAndSet(false, true)) {
              // Answered rather than failed: Jetty would log a failed request with its URI, which
              // holds the handle. A body that broke off cannot be answered anyway.
              write(
                  response,
                  callback,
                  isOverLimit(failed) ? endpoint.bodyTooLarge() : endpoint.bodyUnreadable());
            }
            return;
          }
          // Jetty completes the read on one of its threads (the promise is of the blocking kind),
          // so the JSON is read here, not on the selector.
          endpoint
              .answer(method, handle, bytes)
              .whenComplete(
                  (answer, thrown) -> {
                    if (answered.compareAndSet(false, true)) {
                      write(response, callback, answer != null ? answer : notAnswered(thrown));
                    }
                  });
        });
    return true;
  }

  /** Whether reading failed because the body grew over the limit (a chunked body has no length). */
  private static boolean isOverLimit(Throwable failed) {
    Throwable cause = failed instanceof CompletionException ? failed.getCause() : failed;
    // Jetty's accumulator throws this when the content passes the size it was given.
    return cause instanceof IllegalStateException;
  }

  /** The answer when the endpoint failed although it promises not to: a fault, logged. */
  private static WebhookAnswer notAnswered(Throwable thrown) {
    Throwable cause = thrown instanceof CompletionException ? thrown.getCause() : thrown;
    return TemporalDelivery.internalError(
        "a request",
        cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause));
  }

  /**
   * Writes an answer given without reading the request's body. Jetty then closes the connection if
   * the body has not fully arrived, possibly after the answer's head went out; {@code Connection:
   * close} tells the client so, or it would send its next request on a closed connection.
   */
  private static void writeUnread(
      Request request, Response response, Callback callback, WebhookAnswer answer) {
    if (request.getLength() != 0) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    write(response, callback, answer);
  }

  static void write(Response response, Callback callback, WebhookAnswer answer) {
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, WebhookAnswer.CONTENT_TYPE);
    answer.headers().forEach(response.getHeaders()::put);
    response.write(true, ByteBuffer.wrap(answer.bodyBytes()), callback);
  }
}

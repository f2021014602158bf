package dev.handback.webhook;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
  private final Executor work;

  HttpTransport(
      WebhookEndpoint endpoint,
      String basePath,
      Duration bodyDeadline,
      ScheduledExecutorService timers,
      Executor work) {
    this.endpoint = endpoint;
    this.prefix = basePath + "/";
    this.bodyDeadline = bodyDeadline;
    this.timers = timers;
    this.work = work;
  }

  @Override
  // The futures' last stages write the answer or fail the callback themselves: nothing to check.
  @SuppressWarnings("FutureReturnValueIgnored")
  public boolean handle(Request request, Response response, Callback callback) {
    String path = request.getHttpURI().getPath();
    if (path == null || !path.startsWith(prefix)) {
      write(response, callback, Refusal.NOT_FOUND.answer("POST replies to " + prefix + "<handle>"));
      return true;
    }
    String method = request.getMethod();
    String handle = path.substring(prefix.length());
    Optional<WebhookAnswer> early = endpoint.answerBeforeBody(method, handle);
    if (early.isPresent()) {
      write(response, callback, early.get());
      return true;
    }
    if (request.getLength() > endpoint.maxBodyBytes()) {
      write(response, callback, endpoint.bodyTooLarge());
      return true;
    }
    AtomicBoolean answered = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        timers.schedule(
            () -> {
              if (answered.compareAndSet(false, true)) {
                write(response, callback, WebhookEndpoint.bodyTimedOut(bodyDeadline));
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
              if (request.getLength() < 0 && isOverLimit(failed)) {
                write(response, callback, endpoint.bodyTooLarge());
              } else {
                callback.failed(failed);
              }
            }
            return;
          }
          CompletableFuture.supplyAsync(() -> endpoint.answer(method, handle, bytes), work)
              .thenCompose(answer -> answer)
              .whenComplete(
                  (answer, thrown) -> {
                    if (answered.compareAndSet(false, true)) {
                      write(
                          response,
                          callback,
                          answer != null
                              ? answer
                              : Refusal.OVERLOADED.answer(
                                  "The receiver has no thread free to read this delivery: send it"
                                      + " again in a moment"));
                    }
                  });
        });
    return true;
  }

  /** Whether reading failed because the body grew over the limit (a chunked body has no length). */
  private static boolean isOverLimit(Throwable failed) {
    Throwable cause =
        failed instanceof java.util.concurrent.CompletionException ? failed.getCause() : failed;
    return cause instanceof IllegalArgumentException;
  }

  static void write(Response response, Callback callback, WebhookAnswer answer) {
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, WebhookAnswer.CONTENT_TYPE);
    answer.headers().forEach(response.getHeaders()::put);
    response.write(true, ByteBuffer.wrap(answer.bodyBytes()), callback);
  }
}

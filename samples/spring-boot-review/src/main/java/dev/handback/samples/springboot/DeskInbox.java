package dev.handback.samples.springboot;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the review desk has been handed: the documents and the handles to reply with. It stands for
 * the desk's own queue, e-mail or ticket system.
 */
@Component
public class DeskInbox {
  private static final Logger LOG = LoggerFactory.getLogger(DeskInbox.class);
  private final Map<String, CompletableFuture<String>> handles = new ConcurrentHashMap<>();

  void deliver(Document document, String handle) {
    LOG.info("Desk received '{}'; reply with POST /handback/{}", document.title(), handle);
    slot(document.id()).complete(handle);
  }

  /** The handle the desk was given for {@code documentId}, once it was given one. */
  public String handleFor(String documentId, Duration within) {
    try {
      return slot(documentId).get(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + documentId, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "The desk was given no handle for " + documentId + " within " + within, e);
    }
  }

  private CompletableFuture<String> slot(String documentId) {
    return handles.computeIfAbsent(documentId, unused -> new CompletableFuture<>());
  }
}

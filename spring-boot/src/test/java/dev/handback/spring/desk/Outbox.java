package dev.handback.spring.desk;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/** The desk's inbox, as the activities fill it: the handle handed out per document. */
@Component
public class Outbox {
  private final Map<String, CompletableFuture<String>> handles = new ConcurrentHashMap<>();

  void handOff(String document, String handle) {
    slot(document).complete(handle);
  }

  /** The handle handed out for {@code document}, once an activity did. */
  public String handleFor(String document) {
    try {
      return slot(document).get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("No handle was handed out for " + document, e);
    }
  }

  private CompletableFuture<String> slot(String document) {
    return handles.computeIfAbsent(document, unused -> new CompletableFuture<>());
  }
}

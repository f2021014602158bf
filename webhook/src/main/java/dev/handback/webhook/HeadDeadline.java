package dev.handback.webhook;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Closes connections whose request head (request line and headers) is not complete within the head
 * deadline, counted from the connection's first wait for a head: a client that trickles a head a
 * byte at a time resets Jetty's idle timeout with every byte, and would hold its connection for as
 * long as it likes. Jetty reads heads without holding a thread, so such a client costs a
 * connection, which this gives back. Runs as a periodic sweep over the connector's connections; an
 * idle keep-alive connection between two requests is left to the idle timeout.
 */
final class HeadDeadline implements Runnable {
  private record Waiting(long since, long messagesIn) {}

  private final ServerConnector connector;
  private final long deadlineNanos;
  private final Map<EndPoint, Waiting> waiting = new HashMap<>();

  HeadDeadline(ServerConnector connector, long deadlineNanos) {
    this.connector = connector;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public void run() {
    long now = System.nanoTime();
    Set<EndPoint> open = connector.getConnectedEndPoints().stream().collect(Collectors.toSet());
    waiting.keySet().retainAll(open);
    for (EndPoint endPoint : open) {
      if (!(endPoint.getConnection() instanceof HttpConnection connection)
          || !waitsForHead(connection)) {
        waiting.remove(endPoint);
        continue;
      }
      long messages = connection.getMessagesIn();
      Waiting since = waiting.get(endPoint);
      if (since == null || since.messagesIn() != messages) {
        waiting.put(endPoint, new Waiting(now, messages));
      } else if (now - since.since() > deadlineNanos) {
        waiting.remove(endPoint);
        endPoint.close();
      }
    }
  }

  private static boolean waitsForHead(HttpConnection connection) {
    HttpParser parser = connection.getParser();
    if (!parser.inHeaderState()) {
      return false;
    }
    // At the start of a request: a new connection waits for its first head; a connection that
    // already carried requests is idle between two, which the idle timeout covers.
    return !parser.isStart() || connection.getBytesIn() == 0;
  }
}

package dev.handback.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Raw loopback connections that misbehave, as an attacker's script would: each connects, sends what
 * it is told, then keeps sending a little at a time, until the server closes it.
 */
final class HostileClients implements AutoCloseable {
  private final List<Socket> sockets = new ArrayList<>();
  private final ScheduledExecutorService trickler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "hostile-trickle");
            thread.setDaemon(true);
            return thread;
          });

  private HostileClients() {}

  /** {@code count} connections to {@code uri}'s host and port, each of which sent {@code start}. */
  static HostileClients connect(URI uri, int count, String start) throws IOException {
    HostileClients clients = new HostileClients();
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket(uri.getHost(), uri.getPort());
      clients.sockets.add(socket);
      if (!start.isEmpty()) {
        socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
      }
    }
    return clients;
  }

  /** From now on, sends {@code piece} on every connection every {@code every}, never finishing. */
  HostileClients trickle(String piece, Duration every) {
    byte[] bytes = piece.getBytes(StandardCharsets.US_ASCII);
    ScheduledFuture<?> unused =
        trickler.scheduleWithFixedDelay(
            () -> {
              for (Socket socket : sockets) {
                try {
                  socket.getOutputStream().write(bytes);
                  socket.getOutputStream().flush();
                } catch (IOException closed) {
                  // The server closed it: what the test waits for.
                }
              }
            },
            every.toMillis(),
            every.toMillis(),
            TimeUnit.MILLISECONDS);
    return this;
  }

  int size() {
    return sockets.size();
  }

  /**
   * Waits until the server has closed every connection, at most {@code bound} in all, and returns
   * what each read before the end (an HTTP answer, or nothing). Fails if one stays open.
   */
  List<String> awaitClosedByServer(Duration bound) throws IOException {
    long end = System.nanoTime() + bound.toNanos();
    List<String> answers = new ArrayList<>();
    for (Socket socket : sockets) {
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[4096];
      while (true) {
        long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        if (left <= 0) {
          fail("The server kept a hostile connection open for longer than " + bound);
        }
        socket.setSoTimeout((int) Math.max(1, left));
        int n;
        try {
          n = in.read(buffer);
        } catch (SocketTimeoutException e) {
          fail("The server kept a hostile connection open for longer than " + bound);
          return answers;
        } catch (IOException reset) {
          break;
        }
        if (n < 0) {
          break;
        }
        read.write(buffer, 0, n);
      }
      answers.add(read.toString(StandardCharsets.UTF_8));
    }
    return answers;
  }

  @Override
  public void close() {
    trickler.shutdownNow();
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException e) {
        // Already gone.
      }
    }
  }
}

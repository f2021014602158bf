package dev.handback.testserver;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks that no handle or task token reaches a log, an exception message or an HTTP answer. For
 * one test class it copies everything written to {@code System.out} and {@code System.err} (where
 * slf4j-simple logs) and every {@code java.util.logging} record (through a handler of its own on
 * the root logger: the JDK's console handler keeps the {@code System.err} of the first class that
 * logged, so a copy of the streams alone would miss later classes' records), records the messages,
 * with their causes, of every exception the tests catch through {@link #assertThrows}, and the HTTP
 * answers the tests pass to {@link #answer}; after the class it fails if any of them contains a
 * 16-character window of a handle the tests registered with {@link #secret}, of its token in hex,
 * Base64 or URL-safe Base64.
 */
public final class LeakWatch implements BeforeAllCallback, AfterAllCallback {
  private static final int WINDOW = 16;
  private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
  private static final List<String> MESSAGES = new CopyOnWriteArrayList<>();

  private PrintStream out;
  private PrintStream err;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private final Handler julCopy =
      new Handler() {
        private final Formatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          byte[] text = format.format(record).getBytes(StandardCharsets.UTF_8);
          synchronized (captured) {
            captured.write(text, 0, text.length);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Registers an encoded handle (and the token inside it) as something no output may contain. */
  public static void secret(String encodedHandle) {
    String payload = encodedHandle.substring(encodedHandle.lastIndexOf('.') + 1);
    SECRETS.add(payload);
    try {
      byte[] withChecksum = Base64.getUrlDecoder().decode(payload);
      byte[] token = java.util.Arrays.copyOf(withChecksum, withChecksum.length - 4);
      SECRETS.add(HexFormat.of().formatHex(token));
      SECRETS.add(Base64.getEncoder().encodeToString(token));
      SECRETS.add(Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    } catch (IllegalArgumentException e) {
      // Not a handle of ours: the payload alone is the secret.
    }
  }

  /** Records an HTTP answer (status line, headers, body) as something no handle may leak into. */
  public static void answer(String text) {
    MESSAGES.add("HTTP answer: " + text);
  }

  /** {@link Assertions#assertThrows}, recording the message of the exception and its causes. */
  public static <T extends Throwable> T assertThrows(Class<T> type, Executable executable) {
    T thrown = Assertions.assertThrows(type, executable);
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      MESSAGES.add(t.getClass().getName() + ": " + t.getMessage());
    }
    return thrown;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    out = System.out;
    err = System.err;
    System.setOut(new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(err, captured), true, StandardCharsets.UTF_8));
    julCopy.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(julCopy);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Logger.getLogger("").removeHandler(julCopy);
    System.out.flush();
    System.err.flush();
    System.setOut(out);
    System.setErr(err);
    String logs;
    synchronized (captured) {
      logs = captured.toString(StandardCharsets.UTF_8);
    }
    List<String> leaks = new ArrayList<>();
    for (String secret : SECRETS) {
      for (int i = 0; i + WINDOW <= secret.length(); i++) {
        String window = secret.substring(i, i + WINDOW);
        if (logs.contains(window)) {
          leaks.add("the logs contain '" + window + "'");
        }
        for (String message : MESSAGES) {
          if (message.contains(window)) {
            leaks.add("a message contains '" + window + "': " + message);
          }
        }
      }
    }
    int checked = SECRETS.size();
    SECRETS.clear();
    MESSAGES.clear();
    if (checked == 0) {
      fail("No handle was registered with LeakWatch.secret: the check would prove nothing");
    }
    if (!leaks.isEmpty()) {
      fail(leaks.size() + " leaks of a handle or token, first: " + leaks.get(0));
    }
  }

  /** Writes to the original stream and to the capture. */
  private static final class Tee extends OutputStream {
    private final OutputStream original;
    private final ByteArrayOutputStream copy;

    Tee(OutputStream original, ByteArrayOutputStream copy) {
      this.original = original;
      this.copy = copy;
    }

    @Override
    public void write(int b) {
      synchronized (copy) {
        copy.write(b);
      }
      try {
        original.write(b);
      } catch (java.io.IOException e) {
        // The console is gone; the copy is what matters.
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      synchronized (copy) {
        copy.write(bytes, offset, length);
      }
      try {
        original.write(bytes, offset, length);
      } catch (java.io.IOException e) {
        // The console is gone; the copy is what matters.
      }
    }

    @Override
    public void flush() throws java.io.IOException {
      original.flush();
    }
  }
}

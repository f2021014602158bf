package dev.handback.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Copies what is written to {@code System.err}, where slf4j-simple logs, from {@link #start()}
 * until {@link #close()}, still passing it on to the console.
 */
final class StandardErrorCapture implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

  private StandardErrorCapture() {
    System.setErr(new PrintStream(new Tee(original, copy), true, StandardCharsets.UTF_8));
  }

  /** Starts copying. */
  static StandardErrorCapture start() {
    return new StandardErrorCapture();
  }

  /** The lines written so far. */
  List<String> lines() {
    System.err.flush();
    synchronized (copy) {
      return copy.toString(StandardCharsets.UTF_8).lines().toList();
    }
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(original);
  }

  /** Writes to the original stream and to the copy. */
  private static final class Tee extends OutputStream {
    private final OutputStream original;
    private final ByteArrayOutputStream copy;

    Tee(OutputStream original, ByteArrayOutputStream copy) {
      this.original = original;
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      synchronized (copy) {
        copy.write(b);
      }
      original.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      synchronized (copy) {
        copy.write(bytes, offset, length);
      }
      original.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      original.flush();
    }
  }
}

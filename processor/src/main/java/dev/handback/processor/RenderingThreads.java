package dev.handback.processor;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the rendering of a round's generated files on worker threads while the compiler's thread
 * hands the finished ones to the Filer. javac calls processors on one thread, and its model and
 * Filer must stay there; rendering reads only Handback's model, so on a machine with a spare core
 * it overlaps the Filer's work instead of adding to it. Each result is taken back in the order it
 * was submitted, so the files and diagnostics are the same as when rendering in sequence. With one
 * task or one core, tasks run on the calling thread.
 */
final class RenderingThreads implements AutoCloseable {
  private static final int MAX_THREADS = 4;
  private static final AtomicInteger POOLS = new AtomicInteger();

  /** Null when tasks run on the calling thread. */
  private final ExecutorService executor;

  private RenderingThreads(ExecutorService executor) {
    this.executor = executor;
  }

  /** Threads for {@code tasks} renderings: as many as the machine has cores, at most four. */
  static RenderingThreads forTasks(int tasks) {
    int threads =
        Math.min(Math.min(tasks, MAX_THREADS), Runtime.getRuntime().availableProcessors());
    return new RenderingThreads(
        threads < 2 ? null : Executors.newFixedThreadPool(threads, daemonThreads()));
  }

  /** Runs {@code task} on a worker thread, or at once on this one. */
  <T> Future<T> submit(Callable<T> task) {
    if (executor != null) {
      return executor.submit(task);
    }
    FutureTask<T> inline = new FutureTask<>(task);
    inline.run();
    return inline;
  }

  /** Stops the workers; a task still running (only after a failure) finishes on its own. */
  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  // Daemon threads: a compiler that stops early (an IDE cancelling a build) is never held up.
  private static ThreadFactory daemonThreads() {
    String prefix = "handback-rendering-" + POOLS.incrementAndGet() + "-";
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

package dev.handback.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link RenderingThreads} runs renderings beside the compiler's thread when there are several and
 * a spare core, hands each result back where it was submitted, and keeps a failure to its own task.
 */
class RenderingThreadsTest {

  @Test
  void severalTasksRunOnWorkerThreadsAndComeBackInTheOrderSubmitted() throws Exception {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs two cores");
    List<Future<String>> results = new ArrayList<>();
    try (RenderingThreads threads = RenderingThreads.forTasks(50)) {
      for (int i = 0; i < 50; i++) {
        int task = i;
        results.add(threads.submit(() -> task + " " + Thread.currentThread().getName()));
      }
      for (int i = 0; i < 50; i++) {
        String[] result = results.get(i).get().split(" ", 2);
        assertEquals(String.valueOf(i), result[0]);
        assertTrue(result[1].startsWith("handback-rendering-"), result[1]);
      }
    }
  }

  @Test
  void aSingleTaskRunsOnTheCallingThreadBeforeSubmitReturns() throws Exception {
    String caller = Thread.currentThread().getName();
    try (RenderingThreads threads = RenderingThreads.forTasks(1)) {
      Future<String> result = threads.submit(() -> Thread.currentThread().getName());
      assertTrue(result.isDone());
      assertEquals(caller, result.get());
    }
  }

  @Test
  void aFailingTaskFailsOnlyItsOwnResult() throws Exception {
    try (RenderingThreads threads = RenderingThreads.forTasks(3)) {
      Future<String> before = threads.submit(() -> "first");
      Future<String> failing =
          threads.submit(
              () -> {
                throw new IllegalStateException("rendering failed");
              });
      Future<String> after = threads.submit(() -> "third");

      assertEquals("first", before.get());
      ExecutionException failure = assertThrows(ExecutionException.class, failing::get);
      assertInstanceOf(IllegalStateException.class, failure.getCause());
      assertEquals("rendering failed", failure.getCause().getMessage());
      assertEquals("third", after.get());
    }
  }
}

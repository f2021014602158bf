package dev.handback.e2e.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handback.e2e.reliability.LedgerActivities.Order;
import dev.handback.e2e.reliability.LedgerActivities.Receipt;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ApproveHandle;
import dev.handback.e2e.reliability.LedgerActivitiesCompleter.ClearHandle;
import dev.handback.e2e.reliability.LedgerActivitiesImpl.HandOff;
import dev.handback.testserver.StandaloneTestServer;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 10 000 activities handed off and answered by 16 external threads through the generated completer,
 * over real gRPC to a standalone test server, on each path: completed by task token
 * ({@code @AsyncCompletable}) and delivered to the workflow by signal ({@code @ExternalResult}).
 * Every workflow must return exactly its own receipt, and every history must hold exactly one
 * completion (one signal on the signal path). Tagged {@code load}: run it with {@code ./mvnw -pl
 * processor -am test -Pload}.
 */
@Tag("load")
class LoadOverRealGrpcTest {
  @RegisterExtension static final StandaloneTestServer SERVER = new StandaloneTestServer("2g");

  private static final int ACTIVITIES = Integer.getInteger("handback.load.activities", 10_000);
  private static final int EXTERNAL_THREADS = 16;

  /**
   * One path: how a workflow starts, how its result is sent, and what its history must hold once.
   */
  private interface Path {
    String name();

    void start(WorkflowClient client, String workflowId);

    void reply(LedgerActivitiesCompleter completer, HandOff handOff, Receipt receipt);

    Predicate<HistoryEvent> recordedResult();
  }

  private static final Path ASYNC_COMPLETION =
      new Path() {
        @Override
        public String name() {
          return "activities completed by task token";
        }

        @Override
        public void start(WorkflowClient client, String id) {
          LedgerWorkflow workflow =
              client.newWorkflowStub(
                  LedgerWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(LedgerWorkflow.QUEUE)
                      .setWorkflowId(id)
                      .build());
          WorkflowClient.start(workflow::run, LedgerWorkflow.Step.APPROVE, new Order(id, 1));
        }

        @Override
        public void reply(LedgerActivitiesCompleter completer, HandOff handOff, Receipt receipt) {
          completer.approve(ApproveHandle.parse(handOff.handle())).complete(receipt);
        }

        @Override
        public Predicate<HistoryEvent> recordedResult() {
          return e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED;
        }
      };

  private static final Path SIGNAL =
      new Path() {
        @Override
        public String name() {
          return "results delivered by signal";
        }

        @Override
        public void start(WorkflowClient client, String id) {
          ClearingWorkflow workflow =
              client.newWorkflowStub(
                  ClearingWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(ClearingWorkflow.QUEUE)
                      .setWorkflowId(id)
                      .build());
          WorkflowClient.start(
              workflow::run, new ClearingWorkflow.Terms(new Order(id, 1), 0, false));
        }

        @Override
        public void reply(LedgerActivitiesCompleter completer, HandOff handOff, Receipt receipt) {
          completer.clear(ClearHandle.parse(handOff.handle())).complete(receipt);
        }

        @Override
        public Predicate<HistoryEvent> recordedResult() {
          return e ->
              e.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED
                  && e.getWorkflowExecutionSignaledEventAttributes()
                      .getSignalName()
                      .equals(LedgerActivities.CLEARED);
        }
      };

  @Test
  void everyActivityCompletedByTaskTokenReceivesExactlyItsOwnResult() throws Exception {
    run(ASYNC_COMPLETION);
  }

  @Test
  void everyWorkflowSignalledReceivesExactlyItsOwnResult() throws Exception {
    run(SIGNAL);
  }

  private static void run(Path path) throws Exception {
    WorkflowClient client = SERVER.client();
    BlockingQueue<HandOff> inbox = new LinkedBlockingQueue<>();
    Map<String, AtomicInteger> handOffs = new ConcurrentHashMap<>();
    WorkerFactory workers = WorkerFactory.newInstance(client);
    WorkerOptions options =
        WorkerOptions.newBuilder()
            .setMaxConcurrentActivityTaskPollers(4)
            .setMaxConcurrentWorkflowTaskPollers(4)
            .build();
    workers
        .newWorker(LedgerWorkflow.QUEUE, options)
        .registerWorkflowImplementationTypes(LedgerWorkflow.Impl.class);
    workers
        .newWorker(ClearingWorkflow.QUEUE, options)
        .registerWorkflowImplementationTypes(ClearingWorkflow.Impl.class);
    workers
        .newWorker(LedgerActivities.QUEUE, options)
        .registerActivitiesImplementations(
            new LedgerActivitiesImpl(
                handOff -> {
                  handOffs
                      .computeIfAbsent(handOff.workflowId(), id -> new AtomicInteger())
                      .incrementAndGet();
                  inbox.add(handOff);
                }));
    workers.start();
    ExecutorService external = Executors.newFixedThreadPool(EXTERNAL_THREADS);
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> ids =
        IntStream.range(0, ACTIVITIES).mapToObj(i -> "load-" + run + "-" + i).toList();
    try {
      long start = System.nanoTime();
      List<? extends Future<?>> starts =
          ids.stream().map(id -> external.submit(() -> path.start(client, id))).toList();
      AtomicInteger replied = new AtomicInteger();
      LedgerActivitiesCompleter completer = new LedgerActivitiesCompleter(client);
      List<? extends Future<?>> completers =
          IntStream.range(0, EXTERNAL_THREADS)
              .mapToObj(
                  t ->
                      external.submit(
                          () -> {
                            while (replied.get() < ACTIVITIES) {
                              HandOff handOff = inbox.poll(1, TimeUnit.SECONDS);
                              if (handOff != null) {
                                path.reply(completer, handOff, receiptFor(handOff.workflowId()));
                                replied.incrementAndGet();
                              }
                            }
                            return null;
                          }))
              .toList();
      for (Future<?> f : starts) {
        f.get(10, TimeUnit.MINUTES);
      }
      for (Future<?> f : completers) {
        f.get(30, TimeUnit.MINUTES);
      }
      AtomicInteger right = new AtomicInteger();
      AtomicInteger duplicated = new AtomicInteger();
      List<? extends Future<?>> checks =
          IntStream.range(0, EXTERNAL_THREADS)
              .mapToObj(
                  t ->
                      external.submit(
                          () -> {
                            for (int i = t; i < ACTIVITIES; i += EXTERNAL_THREADS) {
                              String id = ids.get(i);
                              Receipt result =
                                  client
                                      .newUntypedWorkflowStub(id)
                                      .getResult(5, TimeUnit.MINUTES, Receipt.class);
                              if (result.equals(receiptFor(id))) {
                                right.incrementAndGet();
                              }
                              long recorded =
                                  client.fetchHistory(id).getHistory().getEventsList().stream()
                                      .filter(path.recordedResult())
                                      .count();
                              if (recorded != 1 || handOffs.get(id).get() != 1) {
                                duplicated.incrementAndGet();
                              }
                            }
                            return null;
                          }))
              .toList();
      for (Future<?> f : checks) {
        f.get(30, TimeUnit.MINUTES);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      int lost = ACTIVITIES - right.get();
      System.out.printf(
          "LOAD (%s): %d activities, %d with their own result, %d lost, %d duplicated,"
              + " %d external threads, %.1f s (start, hand-off, reply, check)%n",
          path.name(), ACTIVITIES, right.get(), lost, duplicated.get(), EXTERNAL_THREADS, seconds);
      assertEquals(0, lost, "lost");
      assertEquals(0, duplicated.get(), "duplicated");
      assertEquals(ACTIVITIES, handOffs.size());
    } finally {
      external.shutdownNow();
      workers.shutdownNow();
    }
  }

  private static Receipt receiptFor(String workflowId) {
    return new Receipt(workflowId, "ref-" + workflowId);
  }
}

package dev.handback.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.handback.processor.HandbackProcessor;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The external team's code does not change when a method moves between the paths: one source,
 * {@code pathswitch/common/.../ExternalDesk.java}, which declares its reply as {@code
 * Reply<Verdict>}, is compiled with the processor against the activity interface with {@code
 * signOff} {@code @AsyncCompletable}, and again with it {@code @ExternalResult}; each build runs on
 * a fresh test server, and the desk's unchanged call completes, or fails, the workflow's wait both
 * times, with the same outcome.
 */
class PathSwitchTest {
  private static final Path ROOT = Path.of("src/test/resources/pathswitch");
  private static final String PACKAGE = "com.example.switching.";

  @ParameterizedTest(name = "{0}")
  @CsvSource({"async, CompletionReply, t", "signal, Reply, s"})
  void theSameExternalSourceCompletesTheMethodOnEitherPath(
      String variant, String replyType, String kind) throws Exception {
    ClassLoader build = compile(variant);
    assertEquals(
        replyType,
        build
            .loadClass(PACKAGE + "SignOffActivitiesCompleter")
            .getMethod(
                "signOff", build.loadClass(PACKAGE + "SignOffActivitiesCompleter$SignOffHandle"))
            .getReturnType()
            .getSimpleName(),
        "the completer did not change path, so the test would prove nothing");

    try (Running running = new Running(build, "switch-approve-" + variant)) {
      String handle = running.nextHandle();
      assertTrue(handle.startsWith("hb1.SignOffActivities.signOff." + kind + "."), handle);

      running.desk("approve", handle);

      Object verdict = running.workflow.getResult(build.loadClass(PACKAGE + "Verdict"));
      assertEquals("Verdict[approved=true, by=desk]", verdict.toString());
    }
  }

  /**
   * The desk's "no" means the same on both paths: the workflow fails once, with its type and
   * message, and nothing is retried, although path 1 keeps Temporal's default retry policy of
   * unlimited attempts: the implementation does not run again to ask the desk anew, and the history
   * holds one attempt of the activity and, on path 1, its one failure.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"async, 1", "signal, 0"})
  void theSameExternalSourceFailsTheMethodOnceOnEitherPath(String variant, int activityFailures)
      throws Exception {
    ClassLoader build = compile(variant);
    try (Running running = new Running(build, "switch-refuse-" + variant)) {
      running.desk("refuse", running.nextHandle());

      WorkflowFailedException failed =
          assertThrows(
              WorkflowFailedException.class,
              () -> running.workflow.getResult(2, TimeUnit.MINUTES, Object.class),
              "the workflow did not end: the desk's failure was retried");
      // On path 1 the failure is the activity's cause; on path 2 it is the workflow's own.
      Throwable cause = failed.getCause();
      if (cause instanceof ActivityFailure activity) {
        assertEquals(RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE, activity.getRetryState());
        cause = activity.getCause();
      }
      ApplicationFailure application = assertInstanceOf(ApplicationFailure.class, cause);
      assertEquals(IllegalStateException.class.getName(), application.getType());
      assertEquals("not signed", application.getOriginalMessage());
      assertTrue(application.isNonRetryable());

      assertTrue(running.outbox.isEmpty(), "the implementation ran again and asked the desk anew");
      List<HistoryEvent> history = running.history();
      assertEquals(
          List.of(1),
          history.stream()
              .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED)
              .map(event -> event.getActivityTaskStartedEventAttributes().getAttempt())
              .toList(),
          "attempts of the activity");
      assertEquals(
          activityFailures,
          history.stream()
              .filter(event -> event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED)
              .count(),
          "failures of the activity");
    }
  }

  /** A workflow of one build running on its own test server. */
  private static final class Running implements AutoCloseable {
    final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
    final WorkflowStub workflow;
    final BlockingQueue<?> outbox;
    final ClassLoader build;

    Running(ClassLoader build, String workflowId) throws Exception {
      this.build = build;
      Worker worker = env.newWorker("switch");
      worker.registerWorkflowImplementationTypes(build.loadClass(PACKAGE + "SignOffWorkflow$Impl"));
      Object activities =
          build.loadClass(PACKAGE + "SignOffActivitiesImpl").getConstructor().newInstance();
      worker.registerActivitiesImplementations(activities);
      outbox = (BlockingQueue<?>) activities.getClass().getField("outbox").get(activities);
      env.start();
      workflow =
          env.getWorkflowClient()
              .newUntypedWorkflowStub(
                  "SignOffWorkflow",
                  WorkflowOptions.newBuilder()
                      .setTaskQueue("switch")
                      .setWorkflowId(workflowId)
                      .build());
      workflow.start("doc-1");
    }

    String nextHandle() throws InterruptedException {
      Object handle = outbox.poll(30, TimeUnit.SECONDS);
      if (handle == null) {
        throw new AssertionError("The activity handed nothing to the desk within 30 s");
      }
      return (String) handle;
    }

    List<HistoryEvent> history() {
      return env.getWorkflowClient()
          .fetchHistory(workflow.getExecution().getWorkflowId())
          .getEvents();
    }

    void desk(String action, String handle) throws Exception {
      Method method =
          build
              .loadClass(PACKAGE + "ExternalDesk")
              .getMethod(action, WorkflowClient.class, String.class);
      try {
        method.invoke(null, env.getWorkflowClient(), handle);
      } catch (InvocationTargetException e) {
        throw new AssertionError("the desk's call failed", e.getCause());
      }
    }

    @Override
    public void close() {
      env.close();
    }
  }

  /** Compiles {@code common/} with {@code variant/} and the processor, and loads the classes. */
  private static ClassLoader compile(String variant) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.addAll(sourcesUnder(ROOT.resolve("common")));
    sources.addAll(sourcesUnder(ROOT.resolve(variant)));
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new HandbackProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String uri = file.toUri().toString();
      String path = uri.substring(uri.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
      String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        classes.put(name, bytes.toByteArray());
      }
    }
    return new ClassLoader(PathSwitchTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  private static List<JavaFileObject> sourcesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .map(
              file -> {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String binary = relative.substring(0, relative.length() - 5).replace('/', '.');
                try {
                  return JavaFileObjects.forSourceString(binary, Files.readString(file, UTF_8));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}

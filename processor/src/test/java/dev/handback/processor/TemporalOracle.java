package dev.handback.processor;

import com.google.protobuf.ByteString;
import com.google.testing.compile.Compilation;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.RetryOptions;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.interceptors.WorkflowOutboundCallsInterceptor;
import io.temporal.common.metadata.POJOActivityImplMetadata;
import io.temporal.common.metadata.POJOActivityInterfaceMetadata;
import io.temporal.common.metadata.POJOActivityMethodMetadata;
import io.temporal.common.metadata.POJOWorkflowImplMetadata;
import io.temporal.common.metadata.POJOWorkflowMethodMetadata;
import io.temporal.internal.common.ProtobufTimeUtils;
import io.temporal.internal.common.RetryOptionsUtils;
import io.temporal.internal.sync.ActivityInvocationHandler;
import io.temporal.internal.sync.ActivityInvocationHandlerBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Asks Temporal 1.39's own code whether it accepts what Handback generated, the way a worker and a
 * workflow use it:
 *
 * <ol>
 *   <li>the interface metadata a stub is built from ({@code POJOActivityInterfaceMetadata}) and the
 *       one a worker registers an implementation with ({@code POJOActivityImplMetadata}, which also
 *       refuses reserved and duplicated activity type names), for an implementation that is a
 *       {@code java.lang.reflect.Proxy}, as Temporal's stub is;
 *   <li>the generated {@code FooOptions} in the stub {@code Workflow.newActivityStub(Class,
 *       ActivityOptions, Map)} builds ({@code ActivityInvocationHandler}): every method is called,
 *       and the options it schedules with are converted as {@code SyncWorkflowContext} converts
 *       them (protobuf durations, the retry policy) and validated with defaults as the SDK does
 *       ({@code RetryOptions.Builder#validateBuildWithDefaults}); the task queue is checked by the
 *       server's rules ({@code tqid.Validate}: not empty, at most 1000 bytes, not {@code /_sys/});
 *       the activity type the stub schedules must be the key of its options in {@code FooOptions};
 *   <li>the generated {@code FooInbox} as {@code Workflow.registerListener} reads it ({@code
 *       POJOWorkflowImplMetadata.newListenerInstance}), whose signal names must be those of {@code
 *       FooSignals};
 *   <li>where asked, the default {@code DataConverter} on every result type: a JSON sample of the
 *       type is read into it, written back and read again.
 * </ol>
 *
 * Each refusal is returned as text; an empty list means Temporal accepts everything.
 */
final class TemporalOracle {
  private static final DataConverter CONVERTER = DefaultDataConverter.STANDARD_INSTANCE;

  private TemporalOracle() {}

  /** Thrown by the fake workflow context once the stub scheduled an activity. */
  private static final class Scheduled extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient WorkflowOutboundCallsInterceptor.ActivityInput<?> input;

    Scheduled(WorkflowOutboundCallsInterceptor.ActivityInput<?> input) {
      super(null, null, false, false);
      this.input = input;
    }
  }

  /**
   * What Temporal refuses of the interfaces Handback generated for in {@code compilation}, and of
   * the generated code; with {@code dataConverter}, also result types its default data converter
   * cannot rebuild.
   */
  static List<String> refusals(Compilation compilation, boolean dataConverter) {
    return refusals(compilation, type -> dataConverter);
  }

  /**
   * {@link #refusals(Compilation, boolean)}, with the data converter asked about the interfaces
   * {@code dataConverter} accepts.
   */
  static List<String> refusals(Compilation compilation, Predicate<Class<?>> dataConverter) {
    CompiledClasses classes = new CompiledClasses(compilation);
    List<String> refusals = new ArrayList<>();
    for (Class<?> type : classes.activityInterfaces()) {
      Optional<Class<?>> options = classes.generated(type, "Options");
      if (options.isEmpty() || !classes.hasModel(type)) {
        continue; // Handback generated nothing for it
      }
      String prefix = type.getName() + ": ";
      List<String> found = new ArrayList<>();
      POJOActivityInterfaceMetadata metadata = interfaceMetadata(type, found);
      if (metadata != null) {
        Set<String> generatedFor = checkStub(type, metadata, options.get(), found);
        classes
            .generated(type, "Inbox")
            .ifPresent(inbox -> checkInbox(type, inbox, classes, found));
        if (dataConverter.test(type)) {
          for (POJOActivityMethodMetadata method : metadata.getMethodsMetadata()) {
            if (generatedFor.contains(method.getActivityTypeName())) {
              checkResultType(method.getMethod(), found);
            }
          }
        }
      }
      found.forEach(refusal -> refusals.add(prefix + refusal));
    }
    return refusals;
  }

  /**
   * What Temporal refuses of the activity interfaces alone (metadata and a proxy implementation),
   * compiled without Handback: for cases Handback refuses, to show the rule is Temporal's.
   */
  static List<String> interfaceRefusals(Compilation compilation) {
    CompiledClasses classes = new CompiledClasses(compilation);
    List<String> refusals = new ArrayList<>();
    for (Class<?> type : classes.activityInterfaces()) {
      List<String> found = new ArrayList<>();
      interfaceMetadata(type, found);
      found.forEach(refusal -> refusals.add(type.getName() + ": " + refusal));
    }
    return refusals;
  }

  private static POJOActivityInterfaceMetadata interfaceMetadata(
      Class<?> type, List<String> found) {
    POJOActivityInterfaceMetadata metadata = null;
    try {
      metadata = POJOActivityInterfaceMetadata.newInstance(type);
    } catch (RuntimeException e) {
      found.add("stub metadata: " + e.getMessage());
    }
    try {
      Object implementation =
          Proxy.newProxyInstance(
              type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> null);
      POJOActivityImplMetadata.newInstance(implementation.getClass());
    } catch (RuntimeException e) {
      found.add("worker registration: " + e.getMessage());
    }
    return metadata;
  }

  /** Checks the stub; returns the activity types {@code FooOptions} has options for. */
  private static Set<String> checkStub(
      Class<?> type, POJOActivityInterfaceMetadata metadata, Class<?> options, List<String> found) {
    Map<String, ActivityOptions> byActivityType;
    try {
      @SuppressWarnings("unchecked")
      Map<String, ActivityOptions> map =
          (Map<String, ActivityOptions>) options.getMethod("byActivityType").invoke(null);
      byActivityType = map;
    } catch (ReflectiveOperationException | LinkageError e) {
      found.add("options: " + rootCause(e));
      return Set.of();
    }
    Set<String> known =
        metadata.getMethodsMetadata().stream()
            .map(POJOActivityMethodMetadata::getActivityTypeName)
            .collect(Collectors.toSet());
    for (String activityType : new TreeSet<>(byActivityType.keySet())) {
      if (!known.contains(activityType)) {
        found.add("options for activity type " + activityType + ", which Temporal does not know");
      }
    }
    InvocationHandler handler =
        ActivityInvocationHandler.newInstance(
            type,
            ActivityOptions.newBuilder().build(),
            byActivityType,
            fakeWorkflowContext(),
            () -> {});
    Object stub = ActivityInvocationHandlerBase.newProxy(type, handler);
    for (POJOActivityMethodMetadata method : metadata.getMethodsMetadata()) {
      if (!byActivityType.containsKey(method.getActivityTypeName())) {
        continue;
      }
      try {
        method.getMethod().invoke(stub, defaultArguments(method.getMethod()));
        found.add(method.getMethod().getName() + ": the stub scheduled nothing");
      } catch (java.lang.reflect.InvocationTargetException e) {
        if (e.getCause() instanceof Scheduled scheduled) {
          checkScheduled(method, scheduled.input, found);
        } else {
          found.add("stub " + method.getMethod().getName() + ": " + e.getCause());
        }
      } catch (ReflectiveOperationException e) {
        found.add("stub " + method.getMethod().getName() + ": " + e);
      }
    }
    return byActivityType.keySet();
  }

  /** What {@code SyncWorkflowContext} and the server do with the scheduled activity. */
  private static void checkScheduled(
      POJOActivityMethodMetadata method,
      WorkflowOutboundCallsInterceptor.ActivityInput<?> input,
      List<String> found) {
    String name = method.getMethod().getName() + " (" + input.getActivityName() + "): ";
    if (!input.getActivityName().equals(method.getActivityTypeName())) {
      found.add(name + "scheduled as another activity type");
    }
    ActivityOptions options = input.getOptions();
    try {
      for (Duration timeout :
          new Duration[] {
            options.getStartToCloseTimeout(),
            options.getScheduleToCloseTimeout(),
            options.getScheduleToStartTimeout(),
            options.getHeartbeatTimeout()
          }) {
        if (timeout != null
            && ProtobufTimeUtils.toProtoDuration(timeout)
                .equals(com.google.protobuf.Duration.getDefaultInstance())) {
          found.add(name + "the timeout " + timeout + " is sent as zero, which means not set");
        }
      }
      RetryOptions retry = options.getRetryOptions();
      if (retry != null) {
        RetryOptionsUtils.toRetryPolicy(retry);
        RetryOptions.newBuilder(retry).validateBuildWithDefaults();
      }
    } catch (RuntimeException e) {
      found.add(name + e);
    }
    String taskQueue = options.getTaskQueue();
    if (taskQueue != null
        && (taskQueue.isEmpty()
            || taskQueue.getBytes(StandardCharsets.UTF_8).length > 1000
            || taskQueue.startsWith("/_sys/"))) {
      found.add(name + "the server refuses task queue '" + taskQueue + "'");
    }
  }

  private static void checkInbox(
      Class<?> type, Class<?> inbox, CompiledClasses classes, List<String> found) {
    Set<String> registered;
    try {
      registered =
          POJOWorkflowImplMetadata.newListenerInstance(inbox).getSignalMethods().stream()
              .map(POJOWorkflowMethodMetadata::getName)
              .collect(Collectors.toCollection(TreeSet::new));
    } catch (RuntimeException e) {
      found.add("inbox registration: " + e.getMessage());
      return;
    }
    Set<String> declared = new TreeSet<>();
    Optional<Class<?>> generatedSignals = classes.generated(type, "Signals");
    if (generatedSignals.isEmpty()) {
      found.add("an inbox without its signals interface");
      return;
    }
    Class<?> signals = generatedSignals.get();
    for (Field field : signals.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_SIGNAL")) {
        try {
          declared.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          found.add("signals: " + e);
        }
      }
    }
    if (!registered.equals(declared)) {
      found.add("the inbox listens to " + registered + ", the signals are " + declared);
    }
  }

  /** Reads a JSON sample of the result type, writes the value back and reads it again. */
  private static void checkResultType(Method method, List<String> found) {
    Class<?> raw = method.getReturnType();
    if (raw == void.class) {
      return;
    }
    Type type = method.getGenericReturnType();
    String json = JsonSample.of(type);
    try {
      Object value = CONVERTER.fromPayload(json(json), raw, type);
      Payload written = CONVERTER.toPayload(value).orElseThrow();
      CONVERTER.fromPayload(written, raw, type);
    } catch (RuntimeException e) {
      found.add(
          "data converter on "
              + method.getName()
              + " ("
              + type.getTypeName()
              + ", "
              + json
              + "): "
              + rootCause(e));
    }
  }

  private static Payload json(String json) {
    return Payload.newBuilder()
        .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
        .setData(ByteString.copyFromUtf8(json))
        .build();
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.toString().lines().findFirst().orElse("");
  }

  private static Object[] defaultArguments(Method method) {
    Object[] arguments = new Object[method.getParameterCount()];
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < arguments.length; i++) {
      arguments[i] = types[i].isPrimitive() ? Array.get(Array.newInstance(types[i], 1), 0) : null;
    }
    return arguments;
  }

  /** A workflow context whose only service is to hand back what the stub schedules. */
  private static WorkflowOutboundCallsInterceptor fakeWorkflowContext() {
    return (WorkflowOutboundCallsInterceptor)
        Proxy.newProxyInstance(
            TemporalOracle.class.getClassLoader(),
            new Class<?>[] {WorkflowOutboundCallsInterceptor.class},
            (proxy, method, args) -> {
              if (method.getName().equals("executeActivity")) {
                throw new Scheduled((WorkflowOutboundCallsInterceptor.ActivityInput<?>) args[0]);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  /** A JSON document that a value of a type could have been written as. */
  static final class JsonSample {
    private JsonSample() {}

    static String of(Type type) {
      if (type instanceof Class<?> c) {
        return ofClass(c);
      }
      if (type instanceof GenericArrayType array) {
        return "[" + of(array.getGenericComponentType()) + "]";
      }
      if (type instanceof WildcardType wildcard) {
        return of(wildcard.getUpperBounds()[0]);
      }
      if (type instanceof ParameterizedType parameterized) {
        Class<?> raw = (Class<?>) parameterized.getRawType();
        Type[] arguments = parameterized.getActualTypeArguments();
        if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
          return "[" + of(arguments[0]) + "]";
        }
        if (Map.class.isAssignableFrom(raw)) {
          return "{" + key(arguments[0]) + ": " + of(arguments[1]) + "}";
        }
        if (raw == Optional.class) {
          return of(arguments[0]);
        }
        return ofClass(raw);
      }
      return "null";
    }

    private static String key(Type type) {
      if (type instanceof Class<?> c && c.isEnum() && c.getEnumConstants().length > 0) {
        return "\"" + ((Enum<?>) c.getEnumConstants()[0]).name() + "\"";
      }
      if (type instanceof Class<?> c && Number.class.isAssignableFrom(c)) {
        return "\"1\"";
      }
      return "\"k\"";
    }

    private static final Map<Class<?>, String> KNOWN = new HashMap<>();

    static {
      KNOWN.put(String.class, "\"s\"");
      KNOWN.put(CharSequence.class, "\"s\"");
      KNOWN.put(Boolean.class, "true");
      KNOWN.put(boolean.class, "true");
      KNOWN.put(Character.class, "\"c\"");
      KNOWN.put(char.class, "\"c\"");
      KNOWN.put(byte[].class, "\"AQI=\"");
      KNOWN.put(java.time.Instant.class, "\"2024-01-01T00:00:00Z\"");
      KNOWN.put(java.time.Duration.class, "\"PT1S\"");
      KNOWN.put(java.time.LocalDate.class, "\"2024-01-01\"");
      KNOWN.put(java.time.LocalDateTime.class, "\"2024-01-01T10:00:00\"");
      KNOWN.put(java.time.OffsetDateTime.class, "\"2024-01-01T10:00:00Z\"");
      KNOWN.put(java.time.ZonedDateTime.class, "\"2024-01-01T10:00:00Z\"");
      KNOWN.put(java.time.ZoneId.class, "\"UTC\"");
      KNOWN.put(java.util.UUID.class, "\"123e4567-e89b-12d3-a456-426614174000\"");
      KNOWN.put(java.net.URI.class, "\"https://example.com\"");
      KNOWN.put(java.util.Date.class, "0");
      KNOWN.put(java.util.Calendar.class, "0");
      KNOWN.put(java.util.TimeZone.class, "\"UTC\"");
      KNOWN.put(java.util.Locale.class, "\"en\"");
      KNOWN.put(java.util.Currency.class, "\"EUR\"");
      KNOWN.put(java.nio.charset.Charset.class, "\"UTF-8\"");
      KNOWN.put(java.nio.file.Path.class, "\"file:///tmp/x\"");
    }

    private static String ofClass(Class<?> c) {
      if (KNOWN.containsKey(c)) {
        return KNOWN.get(c);
      }
      if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
        return "1";
      }
      if (c.isArray()) {
        return "[" + of(c.getComponentType()) + "]";
      }
      if (c.isEnum()) {
        return c.getEnumConstants().length == 0
            ? "null"
            : "\"" + ((Enum<?>) c.getEnumConstants()[0]).name() + "\"";
      }
      if (c.isRecord()) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : c.getRecordComponents()) {
          fields.add("\"" + component.getName() + "\": " + of(component.getGenericType()));
        }
        return "{" + String.join(", ", fields) + "}";
      }
      if (Collection.class.isAssignableFrom(c) || c == Iterable.class) {
        return "[]";
      }
      if (Map.class.isAssignableFrom(c)) {
        return "{}";
      }
      if (!c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
        for (java.lang.reflect.Constructor<?> constructor : c.getDeclaredConstructors()) {
          if (constructor.getParameterCount() == 0) {
            return "{}";
          }
        }
        for (java.lang.reflect.Constructor<?> constructor : c.getDeclaredConstructors()) {
          if (constructor.getParameterCount() == 1) {
            Class<?> parameter = constructor.getParameterTypes()[0];
            if (parameter == String.class) {
              return "\"s\"";
            }
            if (parameter.isPrimitive() || Number.class.isAssignableFrom(parameter)) {
              return parameter == boolean.class ? "true" : "1";
            }
          }
        }
      }
      return "{}";
    }
  }

  /** The classes of a compilation, in a class loader of their own. */
  static final class CompiledClasses extends ClassLoader {
    private static final String CLASS_OUTPUT = "CLASS_OUTPUT/";
    private static final String MODELS = "META-INF/handback/";
    private final Map<String, byte[]> bytes = new HashMap<>();
    private static final String SOURCE_OUTPUT = "SOURCE_OUTPUT/";
    private final Set<String> models = new HashSet<>();

    /** The top-level types the processor wrote, not the user's classes named like them. */
    private final Set<String> generatedSources = new HashSet<>();

    CompiledClasses(Compilation compilation) {
      super(TemporalOracle.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedSourceFiles()) {
        String uri = file.toUri().toString();
        int start = uri.indexOf(SOURCE_OUTPUT);
        if (start >= 0 && uri.endsWith(".java")) {
          generatedSources.add(
              uri.substring(start + SOURCE_OUTPUT.length(), uri.length() - ".java".length())
                  .replace('/', '.'));
        }
      }
      for (JavaFileObject file : compilation.generatedFiles()) {
        String uri = file.toUri().toString();
        int start = uri.indexOf(CLASS_OUTPUT);
        int model = uri.indexOf(MODELS);
        if (model >= 0 && uri.endsWith(".json")) {
          models.add(uri.substring(model + MODELS.length(), uri.length() - ".json".length()));
        }
        if (start < 0 || !uri.endsWith(".class")) {
          continue;
        }
        String name =
            uri.substring(start + CLASS_OUTPUT.length(), uri.length() - ".class".length())
                .replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          bytes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] code = bytes.get(name);
      if (code == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, code, 0, code.length);
    }

    /** Whether Handback wrote its model of {@code type}, so generated code for it. */
    boolean hasModel(Class<?> type) {
      return models.contains(type.getName());
    }

    /** The compiled {@code @ActivityInterface} interfaces, by name. */
    List<Class<?>> activityInterfaces() {
      List<Class<?>> found = new ArrayList<>();
      for (String name : new TreeSet<>(bytes.keySet())) {
        Class<?> type = load(name);
        if (type.isInterface() && type.isAnnotationPresent(ActivityInterface.class)) {
          found.add(type);
        }
      }
      return found;
    }

    /** The class generated for {@code type} with {@code suffix}, such as {@code Jobs_Options}. */
    Optional<Class<?>> generated(Class<?> type, String suffix) {
      String packagePrefix = type.getPackageName().isEmpty() ? "" : type.getPackageName() + ".";
      String flat = type.getName().substring(packagePrefix.length()).replace('$', '_');
      String name = packagePrefix + flat + suffix;
      return generatedSources.contains(name) ? Optional.of(load(name)) : Optional.empty();
    }

    private Class<?> load(String name) {
      try {
        return loadClass(name);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}

package dev.handback.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;
import io.temporal.activity.ActivityOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One activity method annotated for Handback, as the processor's model ({@code
 * META-INF/handback/<interface>.json}) and the generated {@code FooOptions} describe it.
 */
public final class AnnotatedMethod {
  /** Where the processor writes the model of each annotated interface. */
  static final String MODEL_DIRECTORY = "META-INF/handback/";

  /** The model version this kit reads. */
  static final int MODEL_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ClassValue<InterfaceModel> MODELS =
      new ClassValue<>() {
        @Override
        protected InterfaceModel computeValue(Class<?> activityInterface) {
          return readModel(activityInterface);
        }
      };

  private final Method method;
  private final Class<?> activityInterface;
  private final JsonNode generated;
  private final JsonNode model;
  private final ResultPath path;

  private AnnotatedMethod(Method method, Class<?> activityInterface, InterfaceModel models) {
    this.method = method;
    this.activityInterface = activityInterface;
    this.generated = models.generated();
    this.model = models.methods().get(method.getName());
    this.path = ResultPath.fromModel(model.path("path").asText());
  }

  /** The generated types and the model of each annotated method of one interface. */
  private record InterfaceModel(JsonNode generated, Map<String, JsonNode> methods) {
    static final InterfaceModel NONE = new InterfaceModel(null, Map.of());
  }

  /** The method {@code reference} names, such as {@code ReviewActivities::requestReview}. */
  public static AnnotatedMethod of(Serializable reference) {
    Method method = MethodReferences.resolve(reference);
    return of(MethodReferences.receiver(reference), method);
  }

  /**
   * The model of {@code method} called on {@code activityInterface}, which declares or inherits it.
   *
   * @throws IllegalArgumentException if the method is not annotated for Handback
   */
  public static AnnotatedMethod of(Class<?> activityInterface, Method method) {
    for (Class<?> candidate : new Class<?>[] {activityInterface, method.getDeclaringClass()}) {
      InterfaceModel models = MODELS.get(candidate);
      if (models.methods().containsKey(method.getName())) {
        return new AnnotatedMethod(method, candidate, models);
      }
    }
    throw new IllegalArgumentException(
        activityInterface.getSimpleName()
            + "."
            + method.getName()
            + " has no @AsyncCompletable, @ExternalResult or @Polled (on the method or its"
            + " interface), or was not compiled with handback-processor: the test kit knows only"
            + " the methods Handback generated code for");
  }

  /** Whether {@code method}, called on {@code activityInterface}, is annotated for Handback. */
  public static boolean isAnnotated(Class<?> activityInterface, Method method) {
    return MODELS.get(activityInterface).methods().containsKey(method.getName())
        || MODELS.get(method.getDeclaringClass()).methods().containsKey(method.getName());
  }

  private static InterfaceModel readModel(Class<?> activityInterface) {
    String resource = MODEL_DIRECTORY + activityInterface.getName() + ".json";
    ClassLoader loader = activityInterface.getClassLoader();
    URL url = loader == null ? null : loader.getResource(resource);
    if (url == null) {
      return InterfaceModel.NONE;
    }
    JsonNode root;
    try (InputStream in = url.openStream()) {
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the Handback model " + url + ": " + e, e);
    }
    int version = root.path("modelVersion").asInt(-1);
    if (version != MODEL_VERSION) {
      throw new IllegalStateException(
          url
              + " has Handback model version "
              + version
              + ", and this test kit reads version "
              + MODEL_VERSION
              + ": use the same Handback version for the processor and handback-testing");
    }
    Map<String, JsonNode> methods = new LinkedHashMap<>();
    for (JsonNode method : root.path("methods")) {
      methods.put(method.path("name").asText(), method);
    }
    return new InterfaceModel(root.path("generated"), Map.copyOf(methods));
  }

  /** The Java method. */
  public Method method() {
    return method;
  }

  /** The activity interface that declares it. */
  public Class<?> activityInterface() {
    return activityInterface;
  }

  /** How its result comes back. */
  public ResultPath path() {
    return path;
  }

  /** Its activity type name, as Temporal knows it. */
  public String activityType() {
    return model.path("activityType").asText();
  }

  /** The key its handles carry; empty for a {@code @Polled} method, which has none. */
  public Optional<HandleKey> key() {
    JsonNode handle = model.path("handle");
    if (!handle.isObject()) {
      return Optional.empty();
    }
    String[] parts = handle.path("key").asText().split("\\.", 2);
    return Optional.of(HandleKey.of(parts[0], parts[1]));
  }

  /** The signal its result arrives by ({@code @ExternalResult} only). */
  public Optional<String> signalName() {
    return text("signal");
  }

  /** How long the workflow's inbox waits for the result ({@code @ExternalResult} only). */
  public Optional<Duration> inboxTimeout() {
    return text("wait").map(Duration::parse);
  }

  /** Whether the method returns nothing. */
  public boolean returnsVoid() {
    return method.getReturnType() == void.class;
  }

  /** The method's result type, with its type arguments. */
  public Type resultType() {
    return method.getGenericReturnType();
  }

  /** The options the generated {@code FooOptions} gives the method. */
  public ActivityOptions declaredOptions() {
    String optionsClass = generated.path("options").asText();
    try {
      Class<?> options = Class.forName(optionsClass, true, activityInterface.getClassLoader());
      return (ActivityOptions) options.getMethod(method.getName()).invoke(null);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(optionsClass + "." + method.getName() + "() failed", e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Cannot call the generated " + optionsClass + "." + method.getName() + "(): " + e, e);
    }
  }

  /**
   * The simple name of the generated {@code FooOptions}, such as {@code ReviewActivitiesOptions}.
   */
  public String optionsClassName() {
    return simpleName(generated.path("options").asText());
  }

  /** The simple name of the generated {@code FooAsync}; empty for a {@code @Polled} method. */
  public Optional<String> asyncClassName() {
    JsonNode async = generated.path("async");
    return path == ResultPath.POLLED || !async.isTextual()
        ? Optional.empty()
        : Optional.of(simpleName(async.asText()));
  }

  private static String simpleName(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1);
  }

  /** The generated handle of this method for {@code address}, such as a {@code MHandle}. */
  public ReplyHandle handle(ReplyAddress address) {
    String handleClass = model.path("handle").path("class").asText(null);
    if (handleClass == null) {
      throw new IllegalStateException(describe() + " has no handle: nobody replies to it");
    }
    try {
      Class<?> type = Class.forName(handleClass, true, activityInterface.getClassLoader());
      return (ReplyHandle) type.getMethod("of", ReplyAddress.class).invoke(null, address);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(handleClass + ".of failed", e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot make a " + handleClass + ": " + e, e);
    }
  }

  /** The interface and method, such as {@code ReviewActivities.requestReview}. */
  public String name() {
    return activityInterface.getSimpleName() + "." + method.getName();
  }

  /**
   * The method for messages, such as {@code ReviewActivities.requestReview (@AsyncCompletable,
   * activity type 'Review_RequestReview')}.
   */
  public String describe() {
    return name() + " (" + path.annotation() + ", activity type '" + activityType() + "')";
  }

  private Optional<String> text(String field) {
    JsonNode value = model.path(field);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  @Override
  public String toString() {
    return describe();
  }
}

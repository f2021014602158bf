package dev.handback.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.handback.processor.model.ActivityInterfaceModel;
import dev.handback.processor.model.ActivityMethodModel;
import dev.handback.processor.model.ActivityOptionsModel;
import dev.handback.processor.model.DurationValue;
import dev.handback.processor.model.ExternalResultModel;
import dev.handback.processor.model.ResultPath;
import dev.handback.processor.model.RetryModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the machine-readable model of one activity interface, {@code META-INF/handback/<qualified
 * interface name>.json} in the class output, for build tools such as the Handback Maven plugin,
 * which read it instead of parsing sources.
 *
 * <p>The output is deterministic: keys in a fixed order, methods in declaration order, no
 * timestamps. Its shape is versioned by {@code "modelVersion"}; a reader must refuse a version it
 * does not know. Each method names its {@code "path"}: {@code "completion"} (asynchronous
 * completion through a task token), {@code "signal"} (the result is delivered to the workflow as a
 * Signal; {@code "signal"} names it and {@code "wait"} is how long the workflow waits) or {@code
 * "polling"} (the activity polls; no handle, nobody replies). {@code "externalFailures"} says
 * whether a failure the external party reports is {@code "final"} or {@code "retried"} by the
 * activity's retry policy (null when polling).
 */
public final class ModelJsonWriter {
  /** The version of the model's shape; raise it when a reader could misread the new shape. */
  public static final int MODEL_VERSION = 1;

  /** The folder in the class output that holds the model files. */
  public static final String DIRECTORY = "META-INF/handback/";

  /** The path of the asynchronous completion way back, as the model names it. */
  public static final String PATH_COMPLETION = "completion";

  /** The path of a result delivered by Signal, as the model names it. */
  public static final String PATH_SIGNAL = "signal";

  /** The path of a polled result, as the model names it. */
  public static final String PATH_POLLING = "polling";

  /** An external party's failure that ends the activity or the wait, as the model names it. */
  public static final String FAILURES_FINAL = "final";

  /** An external party's failure that the activity's retry policy may retry. */
  public static final String FAILURES_RETRIED = "retried";

  /** The handle format version that {@code dev.handback.runtime.HandleCodec} writes. */
  private static final String HANDLE_FORMAT = "hb1";

  /** The handle kind of a task token. */
  private static final String KIND_TASK_TOKEN = "t";

  /** The handle kind of a signal address. */
  private static final String KIND_SIGNAL = "s";

  /** The resource name of {@code model}'s file, relative to the class output. */
  public static String resourceName(ActivityInterfaceModel model) {
    return DIRECTORY + model.interfaceName().reflectionName() + ".json";
  }

  /** The JSON text of {@code model}. */
  public String write(ActivityInterfaceModel model) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("modelVersion", MODEL_VERSION);
    root.put("interface", model.interfaceName().reflectionName());
    root.put("handleInterfaceName", model.simpleName());
    Map<String, Object> generated = new LinkedHashMap<>();
    boolean replies = !model.replyMethods().isEmpty();
    boolean signals = !model.externalResultMethods().isEmpty();
    generated.put("completer", replies ? model.completerName().reflectionName() : null);
    generated.put("async", replies ? model.asyncName().reflectionName() : null);
    generated.put("options", model.optionsName().reflectionName());
    generated.put("signals", signals ? model.signalsName().reflectionName() : null);
    generated.put("inbox", signals ? model.inboxName().reflectionName() : null);
    root.put("generated", generated);
    root.put("coversEveryMethod", model.coversEveryMethod());
    List<Object> methods = new ArrayList<>();
    for (ActivityMethodModel method : model.methods()) {
      methods.add(method(model, method));
    }
    root.put("methods", methods);
    return Json.write(root);
  }

  private static Map<String, Object> method(
      ActivityInterfaceModel model, ActivityMethodModel method) {
    ActivityOptionsModel options = method.options();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", method.name());
    out.put("activityType", method.activityType());
    out.put("path", pathName(method.path()));
    out.put("signal", method.external().map(ExternalResultModel::signalName).orElse(null));
    out.put("wait", method.external().map(external -> external.timeout().text()).orElse(null));
    out.put("result", result(method.resultType()));
    out.put("taskQueue", options.taskQueue().orElse(null));
    Map<String, Object> timeouts = new LinkedHashMap<>();
    timeouts.put("startToClose", text(options.startToClose()));
    timeouts.put("scheduleToClose", text(options.scheduleToClose()));
    timeouts.put("scheduleToStart", text(options.scheduleToStart()));
    timeouts.put("heartbeat", text(options.heartbeat()));
    out.put("timeouts", timeouts);
    out.put("retry", retry(options.retry()));
    out.put("externalFailures", externalFailures(method));
    out.put("cancellationType", options.cancellationType().orElse(null));
    out.put("handle", method.path() == ResultPath.POLLED ? null : handle(model, method));
    return out;
  }

  private static Map<String, Object> handle(
      ActivityInterfaceModel model, ActivityMethodModel method) {
    String kind = method.path() == ResultPath.EXTERNAL_RESULT ? KIND_SIGNAL : KIND_TASK_TOKEN;
    Map<String, Object> handle = new LinkedHashMap<>();
    handle.put("key", model.simpleName() + "." + method.name());
    handle.put("class", model.handleName(method).reflectionName());
    handle.put("format", HANDLE_FORMAT);
    handle.put("kind", kind);
    handle.put(
        "prefix",
        HANDLE_FORMAT + "." + model.simpleName() + "." + method.name() + "." + kind + ".");
    return handle;
  }

  /**
   * What a failure the external party reports does: {@code "final"} (the activity or the wait ends
   * with it, not retried), {@code "retried"} (the retry policy decides, as for the activity's own
   * failures), or null for a polled method, which has no external party replying.
   */
  private static String externalFailures(ActivityMethodModel method) {
    if (method.path() == ResultPath.POLLED) {
      return null;
    }
    return method.retryExternalFailures() ? FAILURES_RETRIED : FAILURES_FINAL;
  }

  private static String pathName(ResultPath path) {
    return switch (path) {
      case EXTERNAL_RESULT -> PATH_SIGNAL;
      case POLLED -> PATH_POLLING;
      case ASYNC_COMPLETION -> PATH_COMPLETION;
    };
  }

  private static Map<String, Object> result(Optional<TypeName> type) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("void", type.isEmpty());
    out.put("type", type.map(TypeName::toString).orElse(null));
    out.put("erasure", type.map(ModelJsonWriter::erasure).orElse(null));
    out.put("typeTree", type.map(ModelJsonWriter::tree).orElse(null));
    return out;
  }

  private static Map<String, Object> retry(RetryModel retry) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("initialInterval", text(retry.initialInterval()));
    out.put(
        "backoffCoefficient",
        retry.backoffCoefficient().isPresent() ? retry.backoffCoefficient().getAsDouble() : null);
    out.put("maximumInterval", text(retry.maximumInterval()));
    out.put("maximumAttempts", retry.maximumAttempts());
    out.put("doNotRetry", List.copyOf(retry.doNotRetry()));
    return out;
  }

  private static String text(Optional<DurationValue> duration) {
    return duration.map(DurationValue::text).orElse(null);
  }

  /** The binary name of the class a value of {@code type} is, as {@code Class.forName} reads it. */
  private static String erasure(TypeName type) {
    if (type instanceof ClassName name) {
      return name.reflectionName();
    } else if (type instanceof ParameterizedTypeName parameterized) {
      return parameterized.rawType().reflectionName();
    } else if (type instanceof ArrayTypeName) {
      return "[" + descriptor(type);
    } else if (type instanceof WildcardTypeName wildcard) {
      return erasure(wildcard.upperBounds().get(0));
    } else if (type instanceof TypeVariableName variable) {
      return variable.bounds().isEmpty() ? "java.lang.Object" : erasure(variable.bounds().get(0));
    }
    return type.toString();
  }

  private static String descriptor(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      TypeName component = array.componentType();
      return component.isPrimitive()
          ? primitiveDescriptor(component)
          : component instanceof ArrayTypeName
              ? "[" + descriptor(component)
              : "L" + erasure(component) + ";";
    }
    throw new IllegalArgumentException(type + " is not an array");
  }

  private static String primitiveDescriptor(TypeName primitive) {
    return switch (primitive.toString()) {
      case "boolean" -> "Z";
      case "byte" -> "B";
      case "char" -> "C";
      case "short" -> "S";
      case "int" -> "I";
      case "long" -> "J";
      case "float" -> "F";
      case "double" -> "D";
      default -> throw new IllegalArgumentException("not a primitive: " + primitive);
    };
  }

  /**
   * {@code type} as a tree a reader can rebuild a generic type from: {@code {"class": binary name,
   * "arguments": [...]}}, {@code {"arrayOf": ...}}, {@code {"primitive": "int"}}, {@code
   * {"wildcard": upper bound}} or {@code {"variable": name}}.
   */
  private static Map<String, Object> tree(TypeName type) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (type instanceof ClassName name) {
      out.put("class", name.reflectionName());
    } else if (type instanceof ParameterizedTypeName parameterized) {
      out.put("class", parameterized.rawType().reflectionName());
      List<Object> arguments = new ArrayList<>();
      for (TypeName argument : parameterized.typeArguments()) {
        arguments.add(tree(argument));
      }
      out.put("arguments", arguments);
    } else if (type instanceof ArrayTypeName array) {
      out.put("arrayOf", tree(array.componentType()));
    } else if (type instanceof WildcardTypeName wildcard) {
      out.put("wildcard", tree(wildcard.upperBounds().get(0)));
    } else if (type instanceof TypeVariableName variable) {
      out.put("variable", variable.name());
    } else if (type.isPrimitive()) {
      out.put("primitive", type.toString());
    } else {
      out.put("class", type.toString());
    }
    return out;
  }
}

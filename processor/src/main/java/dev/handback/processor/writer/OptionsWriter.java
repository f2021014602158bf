package dev.handback.processor.writer;

import static dev.handback.processor.writer.RuntimeNames.ACTIVITY_CANCELLATION_TYPE;
import static dev.handback.processor.writer.RuntimeNames.ACTIVITY_OPTIONS;
import static dev.handback.processor.writer.RuntimeNames.RETRY_OPTIONS;
import static dev.handback.processor.writer.RuntimeNames.WORKFLOW;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.handback.processor.model.ActivityInterfaceModel;
import dev.handback.processor.model.ActivityMethodModel;
import dev.handback.processor.model.ActivityOptionsModel;
import dev.handback.processor.model.DurationValue;
import dev.handback.processor.model.RetryModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooOptions}: the activity options each annotation declares, and stubs built with
 * them.
 */
public final class OptionsWriter {
  private static final TypeName OPTIONS_MAP =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), ACTIVITY_OPTIONS);

  /** The options class of {@code model}, originating from {@code origin}. */
  public JavaFile write(ActivityInterfaceModel model, Element origin) {
    ClassName options = model.optionsName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(options)
            .addOriginatingElement(origin)
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The activity options declared on {@link $T}, per method and by activity type,"
                    + " and activity stubs that use them in workflow code.\n",
                model.interfaceName());
    for (ActivityMethodModel method : model.methods()) {
      type.addField(
          FieldSpec.builder(
                  String.class,
                  method.constantName(),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "The activity type name of {@link $T#$L}.\n",
                  model.interfaceName(),
                  method.name())
              .initializer("$S", method.activityType())
              .build());
    }
    Map<ActivityOptionsModel, List<ActivityMethodModel>> groups = groupedByOptions(model);
    for (List<ActivityMethodModel> group : groups.values()) {
      FieldSpec.Builder field =
          FieldSpec.builder(
                  ACTIVITY_OPTIONS,
                  optionsField(group.get(0)),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer(optionsBuilder(group.get(0).options()));
      if (group.size() > 1) {
        field.addJavadoc(
            "The options that $L declare alike.\n",
            group.stream()
                .map(method -> CodeBlock.of("{@code $L}", method.name()))
                .collect(joiningAnd()));
      }
      type.addField(field.build());
    }
    type.addField(
        FieldSpec.builder(
                OPTIONS_MAP, "BY_ACTIVITY_TYPE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("byActivityTypeMap()")
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ActivityMethodModel method : model.methods()) {
      type.addMethod(
          MethodSpec.methodBuilder(method.name())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(ACTIVITY_OPTIONS)
              .addJavadoc(
                  "The options of {@link $T#$L}, as its annotation declares them.\n",
                  model.interfaceName(),
                  method.name())
              .addStatement("return $L", optionsField(groups, method))
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("byActivityType")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(OPTIONS_MAP)
            .addJavadoc(
                "The options of every annotated method, keyed by activity type name, for {@code"
                    + " Workflow.newActivityStub(Class, ActivityOptions, Map)}.\n")
            .addStatement("return BY_ACTIVITY_TYPE")
            .build());
    type.addMethod(byActivityTypeMap(model, groups));
    if (model.coversEveryMethod()) {
      type.addMethod(
          MethodSpec.methodBuilder("newStub")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(model.interfaceName())
              .addJavadoc(
                  "An activity stub for workflow code in which every method uses the options its"
                      + " annotation declares.\n")
              .addStatement("return newStub($T.newBuilder().build())", ACTIVITY_OPTIONS)
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("newStub")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(model.interfaceName())
            .addJavadoc(
                "An activity stub for workflow code: every annotated method uses the options its"
                    + " annotation declares on top of {@code baseOptions}, and any other method"
                    + " uses {@code baseOptions}.\n")
            .addParameter(ACTIVITY_OPTIONS, "baseOptions")
            .addStatement(
                "return $T.newActivityStub($T.class, baseOptions, BY_ACTIVITY_TYPE)",
                WORKFLOW,
                model.interfaceName())
            .build());
    return GeneratedFiles.file(options, type.build());
  }

  /**
   * The methods of {@code model} grouped by the options they declare, in declaration order: one
   * constant holds each group's options, named after its first method.
   */
  private static Map<ActivityOptionsModel, List<ActivityMethodModel>> groupedByOptions(
      ActivityInterfaceModel model) {
    Map<ActivityOptionsModel, List<ActivityMethodModel>> groups = new LinkedHashMap<>();
    for (ActivityMethodModel method : model.methods()) {
      groups.computeIfAbsent(method.options(), options -> new ArrayList<>()).add(method);
    }
    return groups;
  }

  /** The constant that holds the options of {@code method}. */
  private static String optionsField(
      Map<ActivityOptionsModel, List<ActivityMethodModel>> groups, ActivityMethodModel method) {
    return optionsField(groups.get(method.options()).get(0));
  }

  private static String optionsField(ActivityMethodModel first) {
    return first.constantName() + "_OPTIONS";
  }

  /** Joins {@code a}, {@code a and b}, {@code a, b and c}. */
  private static Collector<CodeBlock, ?, CodeBlock> joiningAnd() {
    return Collectors.collectingAndThen(
        Collectors.toList(),
        items -> {
          CodeBlock init = CodeBlock.join(items.subList(0, items.size() - 1), ", ");
          return items.size() == 1
              ? items.get(0)
              : CodeBlock.of("$L and $L", init, items.get(items.size() - 1));
        });
  }

  private static MethodSpec byActivityTypeMap(
      ActivityInterfaceModel model, Map<ActivityOptionsModel, List<ActivityMethodModel>> groups) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("byActivityTypeMap")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(OPTIONS_MAP)
            .addStatement("$T map = new $T<>()", OPTIONS_MAP, LinkedHashMap.class);
    for (ActivityMethodModel activity : model.methods()) {
      method.addStatement(
          "map.put($L, $L)", activity.constantName(), optionsField(groups, activity));
    }
    return method.addStatement("return $T.unmodifiableMap(map)", Collections.class).build();
  }

  private static CodeBlock optionsBuilder(ActivityOptionsModel options) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.newBuilder()", ACTIVITY_OPTIONS);
    duration(code, "setStartToCloseTimeout", options.startToClose());
    duration(code, "setScheduleToCloseTimeout", options.scheduleToClose());
    duration(code, "setScheduleToStartTimeout", options.scheduleToStart());
    duration(code, "setHeartbeatTimeout", options.heartbeat());
    options.taskQueue().ifPresent(queue -> code.add(".setTaskQueue($S)", queue));
    if (!options.retry().isDefault()) {
      code.add(".setRetryOptions(").add(retryBuilder(options.retry())).add(")");
    }
    options
        .cancellationType()
        .ifPresent(
            type -> code.add(".setCancellationType($T.$L)", ACTIVITY_CANCELLATION_TYPE, type));
    return code.add(".build()").build();
  }

  private static CodeBlock retryBuilder(RetryModel retry) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.newBuilder()", RETRY_OPTIONS);
    duration(code, "setInitialInterval", retry.initialInterval());
    if (retry.backoffCoefficient().isPresent()) {
      code.add(".setBackoffCoefficient($L)", retry.backoffCoefficient().getAsDouble());
    }
    duration(code, "setMaximumInterval", retry.maximumInterval());
    if (retry.maximumAttempts() > 0) {
      code.add(".setMaximumAttempts($L)", retry.maximumAttempts());
    }
    if (!retry.doNotRetry().isEmpty()) {
      CodeBlock types =
          retry.doNotRetry().stream()
              .map(t -> CodeBlock.of("$S", t))
              .collect(CodeBlock.joining(", "));
      code.add(".setDoNotRetry($L)", types);
    }
    return code.add(".build()").build();
  }

  private static void duration(
      CodeBlock.Builder code, String setter, Optional<DurationValue> value) {
    value.ifPresent(d -> code.add(".$L($T.parse($S))", setter, Duration.class, d.text()));
  }
}

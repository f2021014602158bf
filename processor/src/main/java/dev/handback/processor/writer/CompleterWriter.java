package dev.handback.processor.writer;

import static dev.handback.processor.writer.RuntimeNames.ACTIVITY_COMPLETION_CLIENT;
import static dev.handback.processor.writer.RuntimeNames.ACTIVITY_ID;
import static dev.handback.processor.writer.RuntimeNames.BUSINESS_KEY;
import static dev.handback.processor.writer.RuntimeNames.COMPLETION_CHANNEL;
import static dev.handback.processor.writer.RuntimeNames.COMPLETION_REPLY;
import static dev.handback.processor.writer.RuntimeNames.DELIVERING_REPLY;
import static dev.handback.processor.writer.RuntimeNames.EXTERNAL_FAILURES;
import static dev.handback.processor.writer.RuntimeNames.HANDLE_CODEC;
import static dev.handback.processor.writer.RuntimeNames.HANDLE_KEY;
import static dev.handback.processor.writer.RuntimeNames.INVALID_HANDLE_EXCEPTION;
import static dev.handback.processor.writer.RuntimeNames.METHOD_ROUTE;
import static dev.handback.processor.writer.RuntimeNames.REPLY;
import static dev.handback.processor.writer.RuntimeNames.REPLY_ADDRESS;
import static dev.handback.processor.writer.RuntimeNames.REPLY_HANDLE;
import static dev.handback.processor.writer.RuntimeNames.REPLY_ROUTE;
import static dev.handback.processor.writer.RuntimeNames.SIGNAL_ADDRESS;
import static dev.handback.processor.writer.RuntimeNames.TYPE_TOKEN;
import static dev.handback.processor.writer.RuntimeNames.VOID_COMPLETION_REPLY;
import static dev.handback.processor.writer.RuntimeNames.VOID_REPLY;
import static dev.handback.processor.writer.RuntimeNames.WORKFLOW_CLIENT;

import com.palantir.javapoet.ArrayTypeName;
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
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Writes {@code FooCompleter}: the external party's typed client and the handle types. */
public final class CompleterWriter {

  /** The completer of {@code model}, originating from {@code origin}. */
  public JavaFile write(ActivityInterfaceModel model, Element origin) {
    ClassName completer = model.completerName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(completer)
            .addOriginatingElement(origin)
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(classJavadoc(model))
            .addField(COMPLETION_CHANNEL, "channel", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(
                        "A completer that replies through {@code client}'s connection and"
                            + " namespace.\n")
                    .addParameter(WORKFLOW_CLIENT, "client")
                    .addStatement("this.channel = $T.of(client)", COMPLETION_CHANNEL)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(
                        "A completer that replies through {@code client}. Temporal's client only"
                            + " logs a failed {@code reportCancellation}; prefer the"
                            + " {@link $T} constructor, which throws.\n",
                        WORKFLOW_CLIENT)
                    .addParameter(ACTIVITY_COMPLETION_CLIENT, "client")
                    .addStatement("this.channel = $T.of(client)", COMPLETION_CHANNEL)
                    .build());
    for (ActivityMethodModel method : model.replyMethods()) {
      if (method.external().isPresent()) {
        addSignalReplyMethod(type, model, method);
      } else {
        addReplyMethods(type, model, method);
      }
    }
    type.addMethod(routes(model));
    for (ActivityMethodModel method : model.replyMethods()) {
      type.addType(handleType(model, method));
    }
    return GeneratedFiles.file(completer, type.build());
  }

  /**
   * What every member of the completer shares, said once: how a handle is used, and what the
   * replies by ids of the activity methods address.
   */
  private static CodeBlock classJavadoc(ActivityInterfaceModel model) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Replies to the activities of {@link $T} that wait for an external party.\n\n"
                    + "<p>The external party receives a handle (or its {@code encode()}d string) and"
                    + " answers through this client, for example {@code"
                    + " completer.$L(handle).complete(...)}. Each method has its own handle type,"
                    + " so a handle of one method cannot be used for another; {@link $T} says how"
                    + " a handle is made, read back, or built from what a party knows of the"
                    + " workflow.\n",
                model.interfaceName(),
                model.replyMethods().get(0).name(),
                REPLY_HANDLE);
    if (model.replyMethods().stream().anyMatch(method -> method.external().isEmpty())) {
      doc.add(
          "\n<p>For an {@code @AsyncCompletable} method {@code m}, {@code m(handle)} replies"
              + " wherever the handle addresses ({@link $T}): by its ids, to the attempt that is"
              + " current; one attempt, by its task token; or the activity of the method pending in"
              + " a workflow known by its business key, looked up when the reply is sent. {@code"
              + " m(workflowId, activityId)} and {@code m(workflowId, runId, activityId)} reply to"
              + " the current attempt of activity {@code activityId} by its ids ({@link $T}), in"
              + " the latest run of workflow {@code workflowId} or in run {@code runId} (null for"
              + " the latest run).\n",
          REPLY_ADDRESS,
          ACTIVITY_ID);
    }
    if (model.replyMethods().stream().anyMatch(method -> method.external().isPresent())) {
      doc.add(
          "\n<p>For an {@code @ExternalResult} method, {@code complete} and {@code fail} deliver"
              + " the result by signal to the workflow that waits for it ({@link $T}). A handle"
              + " made while the method was {@code @AsyncCompletable} still completes its"
              + " activity.\n",
          SIGNAL_ADDRESS);
    }
    return doc.build();
  }

  private static void addSignalReplyMethod(
      TypeSpec.Builder type, ActivityInterfaceModel model, ActivityMethodModel method) {
    TypeName reply =
        method
            .resultType()
            .<TypeName>map(result -> ParameterizedTypeName.get(REPLY, result))
            .orElse(VOID_REPLY);
    type.addMethod(
        MethodSpec.methodBuilder(method.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(reply)
            .addJavadoc(
                "The reply to the workflow that waits for {@link $T#$L}, by signal $L.\n",
                model.interfaceName(),
                method.name(),
                JavadocText.code(method.external().orElseThrow().signalName()))
            .addParameter(model.handleName(method), "handle")
            .addStatement(
                "return $T.to(channel, handle, $T.$L)",
                DELIVERING_REPLY,
                model.optionsName(),
                method.constantName())
            .build());
  }

  private static MethodSpec routes(ActivityInterfaceModel model) {
    List<CodeBlock> routes = new ArrayList<>();
    for (ActivityMethodModel method : model.replyMethods()) {
      routes.add(route(model, method));
    }
    return MethodSpec.methodBuilder("routes")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), REPLY_ROUTE))
        .addJavadoc(
            "The {@link $T}s of the methods of {@link $T}, for replies from outside Java.\n",
            REPLY_ROUTE,
            model.interfaceName())
        .addStatement("return $T.of($L)", List.class, CodeBlock.join(routes, ", "))
        .build();
  }

  /**
   * The {@code MethodRoute} of {@code method}: its handle type, activity type and result type, then
   * its signal (signal path) or whether its failures are retried (completion path).
   */
  private static CodeBlock route(ActivityInterfaceModel model, ActivityMethodModel method) {
    ClassName handle = model.handleName(method);
    boolean signal = method.external().isPresent();
    return CodeBlock.of(
        "$T.$L($T.KEY, $T.$L, $L, $T::parse$L)",
        METHOD_ROUTE,
        signal ? "ofSignal" : "of",
        handle,
        model.optionsName(),
        method.constantName(),
        resultTypeLiteral(method),
        handle,
        signal
            ? CodeBlock.of(", $T.$L", model.signalsName(), method.signalConstantName())
            : failures(method));
  }

  /**
   * The last argument that makes the external party's failures retried, for a method that asks for
   * it; empty for the others, whose failures are final.
   */
  private static CodeBlock failures(ActivityMethodModel method) {
    return method.retryExternalFailures()
        ? CodeBlock.of(", $T.RETRIED", EXTERNAL_FAILURES)
        : CodeBlock.of("");
  }

  /** The result type as a {@code java.lang.reflect.Type} expression. */
  private static CodeBlock resultTypeLiteral(ActivityMethodModel method) {
    TypeName result = method.declaredResultType();
    if (!isReifiable(result)) {
      return CodeBlock.of("new $T<$T>() {}.type()", TYPE_TOKEN, result);
    }
    return CodeBlock.of("$T.class", result);
  }

  /** Whether {@code type} has a class literal: not parameterized, nor an array of such. */
  private static boolean isReifiable(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return isReifiable(array.componentType());
    }
    return !(type instanceof ParameterizedTypeName);
  }

  private static TypeName replyType(ActivityMethodModel method) {
    return method
        .resultType()
        .<TypeName>map(result -> ParameterizedTypeName.get(COMPLETION_REPLY, result))
        .orElse(VOID_COMPLETION_REPLY);
  }

  private static void addReplyMethods(
      TypeSpec.Builder type, ActivityInterfaceModel model, ActivityMethodModel method) {
    ClassName handle = model.handleName(method);
    TypeName reply = replyType(method);
    type.addMethod(
        MethodSpec.methodBuilder(method.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(reply)
            .addJavadoc(
                "The reply to {@link $T#$L} through {@code handle}: see {@link $T}.\n",
                model.interfaceName(),
                method.name(),
                REPLY_ADDRESS)
            .addJavadoc(
                method.retryExternalFailures()
                    ? "A failure reported through it is retried as the activity's retry policy says.\n"
                    : "")
            .addParameter(handle, "handle")
            .addStatement(
                "return $T.to(channel, handle, $T.$L$L)",
                DELIVERING_REPLY,
                model.optionsName(),
                method.constantName(),
                failures(method))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(method.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(reply)
            .addJavadoc(
                "The reply to {@link $T#$L} by its ids, in the latest run.\n",
                model.interfaceName(),
                method.name())
            .addParameter(String.class, "workflowId")
            .addParameter(String.class, "activityId")
            .addStatement("return $L(workflowId, null, activityId)", method.name())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(method.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(reply)
            .addJavadoc(
                "The reply to {@link $T#$L} by its ids, in run {@code runId}.\n",
                model.interfaceName(),
                method.name())
            .addParameter(String.class, "workflowId")
            .addParameter(String.class, "runId")
            .addParameter(String.class, "activityId")
            .addStatement(
                "return $T.toActivity(channel, $T.KEY, workflowId, runId, activityId$L)",
                DELIVERING_REPLY,
                handle,
                failures(method))
            .build());
  }

  private static TypeSpec handleType(ActivityInterfaceModel model, ActivityMethodModel method) {
    ClassName handle = model.handleName(method);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(handle)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(REPLY_HANDLE)
            .addJavadoc(
                "{@link $T} of {@link $T#$L}, $L.\n",
                REPLY_HANDLE,
                model.interfaceName(),
                method.name(),
                method.external().isPresent()
                    ? "by signal"
                    : method.takesCallKeys() ? "by activity ids" : "by task token");
    type.addField(
            FieldSpec.builder(HANDLE_KEY, "KEY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The method this handle type belongs to, as encoded handles name it.\n")
                .initializer("$T.of($S, $S)", HANDLE_KEY, model.simpleName(), method.name())
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(REPLY_ADDRESS, "address")
                .addStatement("super(KEY, address)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(handle)
                .addJavadoc(
                    "The handle at {@code address}, such as another handle's {@link #address()}.\n")
                .addParameter(REPLY_ADDRESS, "address")
                .addStatement("return new $T(address)", handle)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("parse")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(handle)
                .addJavadoc(
                    """
                    Reads a handle from the string {@link #encode()} gave.

                    @throws $T if {@code encoded} is not such a string of this method
                    """,
                    INVALID_HANDLE_EXCEPTION)
                .addParameter(String.class, "encoded")
                .addStatement(
                    "return new $T($T.decode(KEY, $L, encoded))",
                    handle,
                    HANDLE_CODEC,
                    method.external().isPresent()
                        ? CodeBlock.of("$T.$L", model.signalsName(), method.signalConstantName())
                        : CodeBlock.of("null"))
                .build());
    type.addMethod(
        MethodSpec.methodBuilder("forWorkflow")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(handle)
            .addJavadoc(
                "The handle of the latest run of workflow {@code workflowId}: see {@link $T}.\n",
                REPLY_HANDLE)
            .addParameter(String.class, "workflowId")
            .addStatement("return forWorkflow(workflowId, null)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("forWorkflow")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(handle)
            .addJavadoc(
                "The handle of run {@code runId} of workflow {@code workflowId}: see {@link $T}.\n",
                REPLY_HANDLE)
            .addParameter(String.class, "workflowId")
            .addParameter(String.class, "runId")
            .addCode(
                method
                    .external()
                    .map(
                        external ->
                            CodeBlock.builder()
                                .addStatement(
                                    "return new $T(new $T(workflowId, runId, $T.$L))",
                                    handle,
                                    SIGNAL_ADDRESS,
                                    model.signalsName(),
                                    method.signalConstantName())
                                .build())
                    .orElseGet(
                        () ->
                            CodeBlock.builder()
                                .addStatement(
                                    "return new $T(new $T(workflowId, runId, null))",
                                    handle,
                                    BUSINESS_KEY)
                                .build()))
            .build());
    if (method.takesCallKeys()) {
      type.addMethod(
          MethodSpec.methodBuilder("forCall")
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(handle)
              .addJavadoc(
                  "The handle of the call whose hand-off recorded {@code callKey}: see {@link $T}.\n",
                  REPLY_HANDLE)
              .addParameter(String.class, "workflowId")
              .addParameter(String.class, "callKey")
              .addStatement(
                  "return new $T(new $T(workflowId, null, callKey))", handle, BUSINESS_KEY)
              .build());
    }
    return type.build();
  }
}

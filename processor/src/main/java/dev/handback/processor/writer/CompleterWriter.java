package dev.handback.processor.writer;

import static dev.handback.processor.writer.RuntimeNames.ACTIVITY_COMPLETION_CLIENT;
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
            .addJavadoc(
                "Replies to the activities of {@link $T} that wait for an external party.\n\n"
                    + "<p>The external party receives a handle (or its {@code encode()}d string) and"
                    + " answers through this client, for example {@code"
                    + " completer.$L(handle).complete(...)}. Each method has its own handle type,"
                    + " so a handle of one method cannot be used for another.\n",
                model.interfaceName(),
                model.replyMethods().get(0).name())
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
                "The reply to the workflow that waits for the result of {@link $T#$L}: {@code"
                    + " complete} and {@code fail} deliver it by signal {@code $L}. A handle made"
                    + " while the method was {@code @AsyncCompletable} still completes its"
                    + " activity.\n",
                model.interfaceName(),
                method.name(),
                method.external().orElseThrow().signalName())
            .addParameter(model.handleName(method), "handle")
            .addStatement(
                "return $T.to(channel, handle, $T.$L)",
                DELIVERING_REPLY,
                model.optionsName(),
                method.constantName())
            .build());
  }

  private static MethodSpec routes(ActivityInterfaceModel model) {
    CodeBlock routes =
        model.replyMethods().stream()
            .map(
                method ->
                    method.external().isPresent()
                        ? CodeBlock.of(
                            "$T.ofSignal($T.KEY, $T.$L, $L, $T::parse, $T.$L)",
                            METHOD_ROUTE,
                            model.handleName(method),
                            model.optionsName(),
                            method.constantName(),
                            resultTypeLiteral(method),
                            model.handleName(method),
                            model.signalsName(),
                            method.signalConstantName())
                        : CodeBlock.of(
                            "$T.of($T.KEY, $T.$L, $L, $T::parse$L)",
                            METHOD_ROUTE,
                            model.handleName(method),
                            model.optionsName(),
                            method.constantName(),
                            resultTypeLiteral(method),
                            model.handleName(method),
                            failures(method)))
            .collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder("routes")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), REPLY_ROUTE))
        .addJavadoc(
            "Every method of {@link $T} an external party replies to, with its handle parser and"
                + " result type, for a receiver that takes replies from outside Java, such as"
                + " {@code dev.handback.webhook.WebhookReceiver}.\n",
            model.interfaceName())
        .addStatement("return $T.of($L)", List.class, routes)
        .build();
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
    TypeName result = method.resultType().orElse(TypeName.VOID);
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
    CodeBlock link = CodeBlock.of("{@link $T#$L}", model.interfaceName(), method.name());
    type.addMethod(
        MethodSpec.methodBuilder(method.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(reply)
            .addJavadoc(
                "The reply to the activity of $L that {@code handle} addresses: by its ids (the"
                    + " attempt that is current), one attempt by its task token, or the one"
                    + " pending in a workflow known by its business key ({@link"
                    + " $T#forWorkflow(String)}), looked up when the reply is sent.\n",
                link,
                handle)
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
                "The reply to the current attempt of $L, activity {@code activityId} of the"
                    + " latest run of workflow {@code workflowId}.\n",
                link)
            .addParameter(String.class, "workflowId")
            .addParameter(String.class, "activityId")
            .addStatement("return $L(workflowId, null, activityId)", method.name())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(method.name())
            .addModifiers(Modifier.PUBLIC)
            .returns(reply)
            .addJavadoc(
                "The reply to the current attempt of $L, activity {@code activityId} of run"
                    + " {@code runId} (null for the latest run) of workflow {@code"
                    + " workflowId}.\n",
                link)
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
                method.external().isPresent()
                    ? "Addresses the workflow that waits for the result of {@link $T#$L}: made"
                        + " inside the activity by {@code $T.$L()}, handed to the external party"
                        + " as {@link #encode()}, and read back by {@link #parse(String)}.\n"
                    : method.takesCallKeys()
                        ? "Addresses an activity of {@link $T#$L}, whatever its attempt: made"
                            + " inside the activity by {@code $T.$L()}, handed to the external"
                            + " party as {@link #encode()}, and read back by {@link"
                            + " #parse(String)}. A party that knows only the workflow uses {@link"
                            + " #forWorkflow(String)} or {@link #forCall(String, String)}.\n"
                        : "Addresses one attempt of {@link $T#$L}: made inside the activity by"
                            + " {@code $T.$L()}, handed to the external party as {@link #encode()},"
                            + " and read back by {@link #parse(String)}. A party that knows only"
                            + " the workflow uses {@link #forWorkflow(String)}.\n",
                model.interfaceName(),
                method.name(),
                model.asyncName(),
                method.name());
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
                    "The handle of {@link $T#$L} at {@code address}, such as another"
                        + " handle's {@code address()}.\n",
                    model.interfaceName(),
                    method.name())
                .addParameter(REPLY_ADDRESS, "address")
                .addStatement("return new $T(address)", handle)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("parse")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(handle)
                .addJavadoc(
                    "Reads a handle from the string {@link #encode()} gave.\n\n"
                        + "@throws $T if {@code encoded} is empty, damaged, truncated, of an"
                        + " unknown version, or made for another method\n",
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
                "The handle of the latest run of workflow {@code workflowId}, for a party that"
                    + " knows the workflow by its business key, the id it was started with, but"
                    + " was not given a handle.\n")
            .addJavadoc(
                method.external().isPresent()
                    ? CodeBlock.of("")
                    : CodeBlock.of(
                        "A reply through it asks Temporal which activity of {@link $T#$L} the"
                            + " workflow has pending, and goes to that one.\n",
                        model.interfaceName(),
                        method.name()))
            .addParameter(String.class, "workflowId")
            .addStatement("return forWorkflow(workflowId, null)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("forWorkflow")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(handle)
            .addJavadoc(
                "The handle of run {@code runId} (null for the latest run) of workflow {@code"
                    + " workflowId}, for a party that knows the workflow but was not given a"
                    + " handle.\n")
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
                  "The handle of the call of {@link $T#$L} whose hand-off recorded {@code"
                      + " callKey} ({@code $T.$L(callKey)}), pending in the latest run of"
                      + " workflow {@code workflowId}: for a workflow that runs several calls of"
                      + " the method at once.\n",
                  model.interfaceName(),
                  method.name(),
                  model.asyncName(),
                  method.name())
              .addParameter(String.class, "workflowId")
              .addParameter(String.class, "callKey")
              .addStatement(
                  "return new $T(new $T(workflowId, null, callKey))", handle, BUSINESS_KEY)
              .build());
    }
    return type.build();
  }
}

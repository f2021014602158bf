package dev.handback.processor.writer;

import static dev.handback.processor.writer.RuntimeNames.ACTIVITY_HANDOFF;
import static dev.handback.processor.writer.RuntimeNames.ACTIVITY_ID;
import static dev.handback.processor.writer.RuntimeNames.HANDOFF_EXCEPTION;
import static dev.handback.processor.writer.RuntimeNames.SIGNAL_ADDRESS;
import static dev.handback.processor.writer.RuntimeNames.TASK_TOKEN;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.handback.processor.model.ActivityInterfaceModel;
import dev.handback.processor.model.ActivityMethodModel;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Writes {@code FooAsync}: what an activity implementation calls to hand itself off. */
public final class AsyncWriter {

  /** The activity side of {@code model}, originating from {@code origin}. */
  public JavaFile write(ActivityInterfaceModel model, Element origin) {
    ClassName async = model.asyncName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(async)
            .addOriginatingElement(origin)
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(classJavadoc(model))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ActivityMethodModel method : model.replyMethods()) {
      if (method.external().isPresent()) {
        type.addMethod(signalHandOff(model, method));
      } else if (method.takesCallKeys()) {
        type.addMethod(handOffById(model, method));
        type.addMethod(handOffWithCallKey(model, method));
      } else {
        type.addMethod(handOffAttempt(model, method));
      }
    }
    return GeneratedFiles.file(async, type.build());
  }

  /** What every method of the class shares, said once. */
  private static CodeBlock classJavadoc(ActivityInterfaceModel model) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The activity side of {@link $T}: called inside an implementation method, each"
                    + " method here returns the handle an external party replies with, through"
                    + " {@link $T}. Call it on the thread that runs the activity; it throws {@link"
                    + " $T} anywhere else.\n",
                model.interfaceName(),
                model.completerName(),
                HANDOFF_EXCEPTION);
    List<ActivityMethodModel> methods = model.replyMethods();
    if (methods.stream().anyMatch(method -> method.external().isEmpty())) {
      doc.add(
          "\n<p>For an {@code @AsyncCompletable} method, the call hands the running activity off:"
              + " it does not complete when the implementation returns, and waits for a reply"
              + " through the returned handle; the return value of the implementation is then"
              + " ignored.\n");
    }
    if (methods.stream().anyMatch(ActivityMethodModel::takesCallKeys)) {
      doc.add(
          "\n<p>By default the handle addresses the activity by its ids, whatever its attempt"
              + " ({@link $T}): every attempt returns the same handle, and a reply reaches the"
              + " attempt that is current. The variant that takes a {@code callKey} also records"
              + " the key in Temporal's state for this activity, so that a reply by business key,"
              + " through the handle type's {@code forCall(workflowId, callKey)}, finds this call"
              + " when the workflow runs several calls of the method at once. Choose a key the"
              + " external party knows, such as the id of the order line the call is for; every"
              + " attempt must record the same one.\n",
          ACTIVITY_ID);
    }
    if (methods.stream()
        .anyMatch(method -> method.external().isEmpty() && !method.takesCallKeys())) {
      doc.add(
          "\n<p>A method declared with {@code handleScope = ATTEMPT} returns a handle of this"
              + " attempt only ({@link $T}): once the attempt ends, a reply through it records"
              + " nothing, and a retried attempt returns a new handle.\n",
          TASK_TOKEN);
    }
    if (methods.stream().anyMatch(method -> method.external().isPresent())) {
      doc.add(
          "\n<p>For an {@code @ExternalResult} method, the handle is where the workflow running"
              + " the activity waits for the result, by signal ({@link $T}). The activity completes"
              + " normally when the implementation returns; its return value is not the result"
              + " (return null).\n",
          SIGNAL_ADDRESS);
    }
    return doc.build();
  }

  private static MethodSpec handOffById(ActivityInterfaceModel model, ActivityMethodModel method) {
    return handleMethod(
            model,
            method,
            CodeBlock.of(
                """
                Hands off the running {@link $T#$L} activity (type $L).

                @throws $T outside that activity
                """,
                model.interfaceName(),
                method.name(),
                JavadocText.code(method.activityType()),
                HANDOFF_EXCEPTION))
        .addStatement(handOff(model, method, "handOff", CodeBlock.of("")))
        .build();
  }

  private static MethodSpec handOffWithCallKey(
      ActivityInterfaceModel model, ActivityMethodModel method) {
    return handleMethod(
            model,
            method,
            CodeBlock.of(
                """
                {@link #$L()}, recording {@code callKey} for a reply by business key.

                @param callKey 1 to 1000 characters
                @throws $T outside that activity, or if Temporal could not record the key
                """,
                method.name(),
                HANDOFF_EXCEPTION))
        .addParameter(String.class, "callKey")
        .addStatement(handOff(model, method, "handOff", CodeBlock.of(", callKey")))
        .build();
  }

  private static MethodSpec handOffAttempt(
      ActivityInterfaceModel model, ActivityMethodModel method) {
    return handleMethod(
            model,
            method,
            CodeBlock.of(
                """
                Hands off this attempt of the running {@link $T#$L} activity (type $L).

                @throws $T outside that activity
                """,
                model.interfaceName(),
                method.name(),
                JavadocText.code(method.activityType()),
                HANDOFF_EXCEPTION))
        .addStatement(handOff(model, method, "handOffAttempt", CodeBlock.of("")))
        .build();
  }

  private static MethodSpec signalHandOff(
      ActivityInterfaceModel model, ActivityMethodModel method) {
    return handleMethod(
            model,
            method,
            CodeBlock.of(
                "The handle at which the workflow running {@link $T#$L} (type $L) waits, by"
                    + " signal $L.\n\n"
                    + "@throws $T outside that activity\n",
                model.interfaceName(),
                method.name(),
                JavadocText.code(method.activityType()),
                JavadocText.code(method.external().orElseThrow().signalName()),
                HANDOFF_EXCEPTION))
        .addStatement(
            handOff(
                model,
                method,
                "signalAddress",
                CodeBlock.of(", $T.$L", model.signalsName(), method.signalConstantName())))
        .build();
  }

  /** A public static method named as {@code method} that returns its handle type. */
  private static MethodSpec.Builder handleMethod(
      ActivityInterfaceModel model, ActivityMethodModel method, CodeBlock javadoc) {
    return MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(model.handleName(method))
        .addJavadoc(javadoc);
  }

  /**
   * {@code return MHandle.of(ActivityHandoff.<call>(MHandle.KEY, FooOptions.M<more>))}: the
   * runtime's hand-off {@code call}, with {@code more} arguments after the activity type.
   */
  private static CodeBlock handOff(
      ActivityInterfaceModel model, ActivityMethodModel method, String call, CodeBlock more) {
    ClassName handle = model.handleName(method);
    return CodeBlock.of(
        "return $T.of($T.$L($T.KEY, $T.$L$L))",
        handle,
        ACTIVITY_HANDOFF,
        call,
        handle,
        model.optionsName(),
        method.constantName(),
        more);
  }
}

package dev.handback.processor.writer;

import static dev.handback.processor.writer.RuntimeNames.ACTIVITY_HANDOFF;
import static dev.handback.processor.writer.RuntimeNames.HANDOFF_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.handback.processor.model.ActivityInterfaceModel;
import dev.handback.processor.model.ActivityMethodModel;
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
            .addJavadoc(
                "The activity side of {@link $T}: called inside an implementation method, each"
                    + " method here returns the handle an external party replies with, through"
                    + " {@link $T}.\n",
                model.interfaceName(),
                model.completerName())
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

  private static MethodSpec handOffById(ActivityInterfaceModel model, ActivityMethodModel method) {
    return handleMethod(
            model,
            method,
            CodeBlock.of(
                "Hands the running {@link $T#$L} activity (type $L) off: it does not complete when"
                    + " the implementation returns, and waits for a reply through the returned"
                    + " handle. The handle addresses the activity by its ids, whatever its attempt:"
                    + " every attempt returns the same handle, and a reply reaches the attempt that"
                    + " is current. Call it on the thread that runs the activity; the return value"
                    + " of the implementation is then ignored.\n\n"
                    + "@throws $T outside that activity\n",
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
                "{@link #$L()}, and records {@code callKey} in Temporal's state for this activity,"
                    + " so that a reply by business key, {@code $T.forCall(workflowId, callKey)},"
                    + " finds this call when the workflow runs several calls of {@link $T#$L} at"
                    + " once. Choose a key the external party knows, such as the id of the order"
                    + " line the call is for; every attempt must record the same one.\n\n"
                    + "@param callKey 1 to 1000 characters\n"
                    + "@throws $T outside that activity, or if Temporal could not record the key\n",
                method.name(),
                model.handleName(method),
                model.interfaceName(),
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
                "Hands the running {@link $T#$L} activity (type $L) off: it does not complete when"
                    + " the implementation returns, and waits for a reply through the returned"
                    + " handle. The handle addresses this attempt only ({@code handleScope ="
                    + " ATTEMPT}): once the attempt ends, a reply through it records nothing, and a"
                    + " retried attempt returns a new handle. Call it on the thread that runs the"
                    + " activity; the return value of the implementation is then ignored.\n\n"
                    + "@throws $T outside that activity\n",
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
                "The handle at which the workflow running this {@link $T#$L} activity (type $L)"
                    + " waits for the result, by signal $L. The activity completes normally when"
                    + " the implementation returns; its return value is not the result (return"
                    + " null). Call it on the thread that runs the activity.\n\n"
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

package dev.handback.processor.writer;

import static dev.handback.processor.writer.RuntimeNames.EXTERNAL_OUTCOME;
import static dev.handback.processor.writer.RuntimeNames.EXTERNAL_RESULT_SLOT;
import static dev.handback.processor.writer.RuntimeNames.SIGNAL_SLOT;
import static dev.handback.processor.writer.RuntimeNames.WORKFLOW;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.handback.processor.model.ActivityInterfaceModel;
import dev.handback.processor.model.ActivityMethodModel;
import java.time.Duration;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Writes {@code FooInbox}: where workflow code waits for the {@code @ExternalResult} results. */
public final class InboxWriter {

  /** The inbox of {@code model}, originating from {@code origin}. */
  public JavaFile write(ActivityInterfaceModel model, Element origin) {
    ClassName inbox = model.inboxName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(inbox)
            .addOriginatingElement(origin)
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(model.signalsName())
            .addJavadoc(
                "Workflow code's side of the {@code @ExternalResult} methods of {@link $T}: one"
                    + " slot per method whose {@code await()} returns the result the external"
                    + " party delivered by signal, waiting up to the declared timeout. A result"
                    + " that arrives before the workflow waits is kept; the first one delivered"
                    + " wins and later ones are logged and ignored.\n\n"
                    + "<pre>{@code\n"
                    + "var inbox = $T.register();\n"
                    + "// the activity hands the handle to the external system\n"
                    + "activities.$L(...);\n"
                    + "var result = inbox.$L().await();\n"
                    + "}</pre>\n",
                model.interfaceName(),
                inbox,
                model.externalResultMethods().get(0).name(),
                model.externalResultMethods().get(0).name());
    for (ActivityMethodModel method : model.externalResultMethods()) {
      type.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(SIGNAL_SLOT, method.resultTypeArgument()),
                  method.name(),
                  Modifier.PRIVATE,
                  Modifier.FINAL)
              .initializer(
                  "new $T<>($T.KEY, $L, $T.parse($S))",
                  SIGNAL_SLOT,
                  model.handleName(method),
                  method.signalConstantName(),
                  Duration.class,
                  method.external().orElseThrow().timeout().text())
              .build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        MethodSpec.methodBuilder("register")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(inbox)
            .addJavadoc(
                "A new inbox that listens to the signals of {@link $T}. Call it once per workflow"
                    + " run, in workflow code, before the activity runs (for example at the"
                    + " start of the workflow method).\n",
                model.signalsName())
            .addStatement("$T inbox = new $T()", inbox, inbox)
            .addStatement("$T.registerListener(inbox)", WORKFLOW)
            .addStatement("return inbox")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("create")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(inbox)
            .addJavadoc(
                "A new inbox that does not listen by itself: for a workflow whose interface"
                    + " extends {@link $T}, whose implementation forwards each signal to it.\n",
                model.signalsName())
            .addStatement("return new $T()", inbox)
            .build());
    for (ActivityMethodModel method : model.externalResultMethods()) {
      type.addMethod(
          MethodSpec.methodBuilder(method.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(slotType(method))
              .addJavadoc(
                  "Where the result of {@link $T#$L} arrives; its {@code await()} waits up to"
                      + " $L.\n",
                  model.interfaceName(),
                  method.name(),
                  method.external().orElseThrow().timeout().text())
              .addStatement("return $L", method.name())
              .build());
    }
    for (ActivityMethodModel method : model.externalResultMethods()) {
      type.addMethod(
          MethodSpec.methodBuilder(SignalsWriter.resultMethodName(method))
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(
                  ParameterizedTypeName.get(EXTERNAL_OUTCOME, method.resultTypeArgument()),
                  "outcome")
              // "this.": the field is named after the method, which may be called "outcome".
              .addStatement("this.$L.deliver(outcome)", method.name())
              .build());
    }
    return GeneratedFiles.file(inbox, type.build());
  }

  private static TypeName slotType(ActivityMethodModel method) {
    return ParameterizedTypeName.get(EXTERNAL_RESULT_SLOT, method.resultTypeArgument());
  }
}

package dev.handback.processor.writer;

import static dev.handback.processor.writer.RuntimeNames.EXTERNAL_OUTCOME;
import static dev.handback.processor.writer.RuntimeNames.SIGNAL_METHOD;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.handback.processor.model.ActivityInterfaceModel;
import dev.handback.processor.model.ActivityMethodModel;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Writes {@code FooSignals}: one {@code @SignalMethod} per {@code @ExternalResult} method. */
public final class SignalsWriter {

  /** The signal interface of {@code model}, originating from {@code origin}. */
  public JavaFile write(ActivityInterfaceModel model, Element origin) {
    ClassName signals = model.signalsName();
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(signals)
            .addOriginatingElement(origin)
            .addAnnotation(GeneratedFiles.generatedAnnotation())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "The signals that carry the results of the {@code @ExternalResult} methods of"
                    + " {@link $T}.\n\n"
                    + "<p>{@link $T} implements them; {@code $T.register()} in workflow code"
                    + " listens to them without any change to the workflow interface. A workflow"
                    + " interface may instead extend this interface, so that clients can signal"
                    + " it through a typed stub; its implementation then forwards each signal to"
                    + " an inbox made with {@code $T.create()}.\n",
                model.interfaceName(),
                model.inboxName(),
                model.inboxName(),
                model.inboxName());
    for (ActivityMethodModel method : model.externalResultMethods()) {
      type.addField(
          FieldSpec.builder(
                  String.class,
                  method.signalConstantName(),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "The signal name of the result of {@link $T#$L}.\n",
                  model.interfaceName(),
                  method.name())
              .initializer("$S", method.external().orElseThrow().signalName())
              .build());
    }
    for (ActivityMethodModel method : model.externalResultMethods()) {
      type.addMethod(
          MethodSpec.methodBuilder(resultMethodName(method))
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addAnnotation(
                  AnnotationSpec.builder(SIGNAL_METHOD)
                      .addMember("name", "$L", method.signalConstantName())
                      .build())
              .addJavadoc(
                  "Delivers the result of {@link $T#$L}, or the failure the external party"
                      + " reported.\n",
                  model.interfaceName(),
                  method.name())
              .addParameter(
                  ParameterizedTypeName.get(EXTERNAL_OUTCOME, method.resultTypeArgument()),
                  "outcome")
              .build());
    }
    return GeneratedFiles.file(signals, type.build());
  }

  /** The signal method of {@code method}: its name followed by {@code Result}. */
  static String resultMethodName(ActivityMethodModel method) {
    return method.name() + "Result";
  }
}

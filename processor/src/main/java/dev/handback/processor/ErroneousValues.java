package dev.handback.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Whether an annotation holds a value javac could not resolve, such as {@code startToClose =
 * Missing.TIMEOUT}. javac reports those itself; Handback then skips the annotation instead of
 * reading javac's placeholder (the string {@code "<error>"}) as if the user had written it.
 */
final class ErroneousValues {
  /** How javac presents an annotation value it could not resolve. */
  private static final String JAVAC_ERROR = "<error>";

  private ErroneousValues() {}

  static boolean in(AnnotationMirror mirror) {
    if (mirror.getAnnotationType().getKind() == TypeKind.ERROR) {
      return true;
    }
    return mirror.getElementValues().values().stream().anyMatch(ErroneousValues::erroneous);
  }

  private static boolean erroneous(AnnotationValue value) {
    Object content = value.getValue();
    if (content instanceof String text) {
      return text.equals(JAVAC_ERROR) || value.toString().equals(JAVAC_ERROR);
    }
    if (content instanceof AnnotationMirror nested) {
      return in(nested);
    }
    if (content instanceof List<?> values) {
      return values.stream().anyMatch(v -> v instanceof AnnotationValue inner && erroneous(inner));
    }
    if (content instanceof TypeMirror type) {
      return type.getKind() == TypeKind.ERROR;
    }
    if (content instanceof VariableElement constant) {
      return constant.asType().getKind() == TypeKind.ERROR;
    }
    return false;
  }
}

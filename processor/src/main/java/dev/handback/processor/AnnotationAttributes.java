package dev.handback.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the attributes of one annotation mirror, defaults included, and finds where each was
 * written.
 */
final class AnnotationAttributes {
  private final AnnotationMirror mirror;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> withDefaults;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> explicit;

  AnnotationAttributes(Elements elements, AnnotationMirror mirror) {
    this.mirror = mirror;
    this.withDefaults = elements.getElementValuesWithDefaults(mirror);
    this.explicit = mirror.getElementValues();
  }

  /** The mirror of {@code annotationName} on {@code element}, or null. */
  static AnnotationMirror find(Element element, String annotationName) {
    for (AnnotationMirror candidate : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) candidate.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationName)) {
        return candidate;
      }
    }
    return null;
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  /** Whether the annotation type declares the attribute {@code name}. */
  boolean has(String name) {
    return lookup(withDefaults, name) != null;
  }

  String string(String name) {
    return (String) value(name).getValue();
  }

  double doubleValue(String name) {
    return ((Number) value(name).getValue()).doubleValue();
  }

  int intValue(String name) {
    return ((Number) value(name).getValue()).intValue();
  }

  String enumConstant(String name) {
    return ((VariableElement) value(name).getValue()).getSimpleName().toString();
  }

  List<AnnotationValue> list(String name) {
    @SuppressWarnings("unchecked")
    List<AnnotationValue> values = (List<AnnotationValue>) value(name).getValue();
    return values;
  }

  AnnotationMirror annotation(String name) {
    return (AnnotationMirror) value(name).getValue();
  }

  /** The value as written in source, or empty where the default applies. */
  Optional<AnnotationValue> written(String name) {
    return Optional.ofNullable(lookup(explicit, name));
  }

  /**
   * The default of attribute {@code name} as the annotation type declares it, or empty if the
   * attribute is required.
   */
  Optional<Object> declaredDefault(String name) {
    for (ExecutableElement attribute :
        ElementFilter.methodsIn(mirror.getAnnotationType().asElement().getEnclosedElements())) {
      if (attribute.getSimpleName().contentEquals(name)) {
        return Optional.ofNullable(attribute.getDefaultValue()).map(AnnotationValue::getValue);
      }
    }
    return Optional.empty();
  }

  private AnnotationValue value(String name) {
    AnnotationValue value = lookup(withDefaults, name);
    if (value == null) {
      throw new IllegalArgumentException(
          "No attribute " + name + " on " + mirror.getAnnotationType());
    }
    return value;
  }

  private static AnnotationValue lookup(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}

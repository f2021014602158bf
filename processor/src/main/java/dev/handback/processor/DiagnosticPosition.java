package dev.handback.processor;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points: an element, and on it, if known, the annotation and the annotation
 * value that cause it. javac underlines the most precise of the three.
 */
record DiagnosticPosition(
    Element element, Optional<AnnotationMirror> annotation, Optional<AnnotationValue> value) {

  /** On {@code element} itself. */
  static DiagnosticPosition of(Element element) {
    return new DiagnosticPosition(element, Optional.empty(), Optional.empty());
  }

  /** On {@code annotation} of {@code element}. */
  static DiagnosticPosition of(Element element, AnnotationMirror annotation) {
    return new DiagnosticPosition(element, Optional.of(annotation), Optional.empty());
  }

  /**
   * On {@code value} of {@code annotation}, or on the annotation where the value was not written
   * (its default applies) and {@code value} is therefore absent.
   */
  static DiagnosticPosition of(
      Element element, AnnotationMirror annotation, Optional<AnnotationValue> value) {
    return new DiagnosticPosition(element, Optional.of(annotation), value);
  }

  /** On {@code annotation} of {@code element} if there is one, else on {@code element}. */
  static DiagnosticPosition of(Element element, Optional<AnnotationMirror> annotation) {
    return new DiagnosticPosition(element, annotation, Optional.empty());
  }
}

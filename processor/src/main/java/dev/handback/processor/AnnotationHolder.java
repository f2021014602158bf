package dev.handback.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** An element that carries a path annotation, with the interface it belongs to. */
record AnnotationHolder(Element element, AnnotationMirror mirror, TypeElement interfaceType) {

  static AnnotationHolder of(Element element, String annotationName) {
    AnnotationMirror mirror = AnnotationAttributes.find(element, annotationName);
    Element type =
        element.getKind().isInterface() || element.getKind().isClass()
            ? element
            : element.getEnclosingElement();
    return new AnnotationHolder(
        element, mirror, type instanceof TypeElement typeElement ? typeElement : null);
  }
}

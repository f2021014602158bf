package dev.handback.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects the diagnostics about one activity interface, each with the most precise position known:
 * element, annotation mirror and annotation value. Nothing is generated for an interface whose
 * report has an error.
 */
final class ValidationReport {

  /** One diagnostic and where it points. */
  record Item(
      Message message,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  private final List<Item> items = new ArrayList<>();

  void report(Message message, Element element, Object... arguments) {
    report(message, element, null, null, arguments);
  }

  void report(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... arguments) {
    items.add(new Item(message, message.format(arguments), element, annotation, value));
  }

  /** Adds every diagnostic of {@code other}, in order. */
  void addAll(ValidationReport other) {
    items.addAll(other.items);
  }

  boolean hasErrors() {
    return items.stream().anyMatch(item -> item.message().kind() == Diagnostic.Kind.ERROR);
  }

  void printTo(Messager messager) {
    for (Item item : items) {
      if (SuppressionFilter.isSuppressed(item.message(), item.element())) {
        continue;
      }
      if (item.value() != null) {
        messager.printMessage(
            item.message().kind(), item.text(), item.element(), item.annotation(), item.value());
      } else if (item.annotation() != null) {
        messager.printMessage(
            item.message().kind(), item.text(), item.element(), item.annotation());
      } else {
        messager.printMessage(item.message().kind(), item.text(), item.element());
      }
    }
  }
}

package dev.handback.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects the diagnostics about one activity interface, each at the most precise position known
 * (see {@link DiagnosticPosition}). Nothing is generated for an interface whose report has an
 * error.
 */
final class ValidationReport {

  /** One diagnostic and where it points. */
  record Item(Message message, String text, DiagnosticPosition position) {}

  private final List<Item> items = new ArrayList<>();

  /** Reports {@code message} on {@code element} itself. */
  void report(Message message, Element element, Object... arguments) {
    report(message, DiagnosticPosition.of(element), arguments);
  }

  void report(Message message, DiagnosticPosition position, Object... arguments) {
    items.add(new Item(message, message.format(arguments), position));
  }

  /** Adds every diagnostic of {@code other}, in order. */
  void addAll(ValidationReport other) {
    items.addAll(other.items);
  }

  boolean hasErrors() {
    return items.stream().anyMatch(item -> item.message().kind() == Diagnostic.Kind.ERROR);
  }

  /** The ids reported so far, in order, for tests and for checks that depend on earlier ones. */
  List<Message> messages() {
    return items.stream().map(Item::message).toList();
  }

  void printTo(Messager messager) {
    for (Item item : items) {
      DiagnosticPosition at = item.position();
      if (SuppressionFilter.isSuppressed(item.message(), at.element())) {
        continue;
      }
      Diagnostic.Kind kind = item.message().kind();
      if (at.annotation().isEmpty()) {
        messager.printMessage(kind, item.text(), at.element());
      } else if (at.value().isEmpty()) {
        messager.printMessage(kind, item.text(), at.element(), at.annotation().get());
      } else {
        messager.printMessage(
            kind, item.text(), at.element(), at.annotation().get(), at.value().get());
      }
    }
  }
}

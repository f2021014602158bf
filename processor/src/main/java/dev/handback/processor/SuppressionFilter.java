package dev.handback.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Whether a Handback warning is silenced: by {@code @SuppressWarnings("handback:HBnnn")} (or {@code
 * "handback"} for every Handback warning) on the element it is reported on or on any element
 * enclosing it, as javac does for its own warnings. Errors are never silenced.
 */
final class SuppressionFilter {
  static final String PREFIX = "handback";

  private SuppressionFilter() {}

  static boolean isSuppressed(Message message, Element element) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      return false;
    }
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      AnnotationMirror suppress = AnnotationAttributes.find(e, "java.lang.SuppressWarnings");
      if (suppress != null && suppresses(suppress, message)) {
        return true;
      }
    }
    return false;
  }

  private static boolean suppresses(AnnotationMirror suppress, Message message) {
    for (var entry : suppress.getElementValues().entrySet()) {
      if (entry.getValue().getValue() instanceof List<?> values) {
        for (Object value : values) {
          Object token =
              value instanceof AnnotationValue annotationValue ? annotationValue.getValue() : value;
          if (token instanceof String text
              && (text.equals(PREFIX) || text.equals(PREFIX + ":" + message.id()))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

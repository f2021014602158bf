package dev.handback.processor;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;

/** How diagnostics name elements: short, but unambiguous where overloads exist. */
final class ElementDescriptions {
  private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b[a-z][A-Za-z0-9_]*\\.");

  private ElementDescriptions() {}

  /**
   * {@code Shipping.ship(String, List<Item>)}: the declaring type, the name and the parameter
   * types.
   */
  static String withParameters(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName()
        + "."
        + method.getSimpleName()
        + method.getParameters().stream()
            .map(parameter -> withoutPackages(parameter.asType().toString()))
            .collect(Collectors.joining(", ", "(", ")"));
  }

  /** {@code java.util.List<com.example.Item>} as {@code List<Item>}. */
  static String withoutPackages(String typeName) {
    return PACKAGE_PREFIX.matcher(typeName).replaceAll("");
  }
}

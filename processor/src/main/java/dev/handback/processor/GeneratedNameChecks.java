package dev.handback.processor;

import dev.handback.processor.model.ActivityInterfaceModel;
import dev.handback.processor.model.ActivityMethodModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Checks that the names Handback derives from the methods of one interface do not clash: with each
 * other (HB020: {@code foo} and {@code Foo} share {@code FooHandle}; {@code fooBar} and {@code
 * foo_Bar} share {@code FOO_BAR}), and with the members every generated class has and the names
 * Java does not let generated code call (HB021). Clashes of whole generated types are {@link
 * GeneratedTypes}'.
 */
final class GeneratedNameChecks {
  /** Static members of {@code FooOptions} besides the per-method ones. */
  private static final Set<String> OPTIONS_METHODS =
      Set.of("byActivityType", "byActivityTypeMap", "newStub");

  /**
   * Methods of {@link Object}: a generated static method of that name with no parameters would
   * clash with them in {@code FooAsync} and {@code FooOptions}.
   */
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "getClass", "hashCode", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

  /** Static members of {@code FooInbox} besides the per-method ones. */
  private static final Set<String> INBOX_METHODS = Set.of("register", "create");

  /**
   * Restricted identifiers a generated class cannot use as an unqualified method call: {@code
   * yield(...)} is a compile error since Java 14 (JLS 3.9). The others ({@code record}, {@code
   * var}, {@code sealed}, {@code permits}, {@code when}) are fine as method names.
   */
  private static final Set<String> NOT_CALLABLE_UNQUALIFIED = Set.of("yield");

  private GeneratedNameChecks() {}

  /**
   * Reports clashes among the members generated for {@code methods} (the elements of the models in
   * {@code models}, in the same order).
   */
  static void checkMembers(
      TypeElement type,
      List<ExecutableElement> methods,
      List<ActivityMethodModel> models,
      ValidationReport report) {
    if (models.isEmpty()) {
      return;
    }
    ActivityInterfaceModel model =
        new ActivityInterfaceModel(com.palantir.javapoet.ClassName.get(type), models, false);
    Map<String, ExecutableElement> taken = new HashMap<>();
    for (int i = 0; i < models.size(); i++) {
      ActivityMethodModel method = models.get(i);
      ExecutableElement element = methods.get(i);
      String name = method.name();
      if (OPTIONS_METHODS.contains(name)) {
        report.report(
            Message.RESERVED_METHOD_NAME,
            element,
            name,
            ElementDescriptions.withParameters(element),
            model.optionsName().simpleName(),
            "the static method " + name + "() that lists or applies the options");
        continue;
      }
      if (NOT_CALLABLE_UNQUALIFIED.contains(name)) {
        report.report(
            Message.RESERVED_METHOD_NAME,
            element,
            name,
            ElementDescriptions.withParameters(element),
            model.completerName().simpleName(),
            "Java's restricted identifier " + name + ", which Java code cannot call unqualified");
        continue;
      }
      if (method.external().isPresent() && INBOX_METHODS.contains(name)) {
        report.report(
            Message.RESERVED_METHOD_NAME,
            element,
            name,
            ElementDescriptions.withParameters(element),
            model.inboxName().simpleName(),
            "the static method " + name + "() that makes an inbox");
        continue;
      }
      if (OBJECT_METHODS.contains(name)) {
        report.report(
            Message.RESERVED_METHOD_NAME,
            element,
            name,
            ElementDescriptions.withParameters(element),
            model.asyncName().simpleName() + " and " + model.optionsName().simpleName(),
            "java.lang.Object." + name + "()");
        continue;
      }
      List<String> generated =
          new ArrayList<>(
              List.of(
                  model.handleName(method).canonicalName(),
                  model.optionsName().simpleName() + "." + method.constantName(),
                  model.optionsName().simpleName() + "." + method.constantName() + "_OPTIONS",
                  model.optionsName().simpleName() + "." + name + "()"));
      if (method.external().isPresent()) {
        // The inbox has a field per method and inherits the signal constants of FooSignals: a
        // method named FOO_SIGNAL would hide the constant of method foo.
        generated.add(model.inboxName().simpleName() + "." + name);
        generated.add(model.inboxName().simpleName() + "." + method.signalConstantName());
      }
      for (String member : generated) {
        ExecutableElement other = taken.putIfAbsent(member, element);
        if (other != null) {
          report.report(
              Message.GENERATED_NAME_CLASH,
              element,
              ElementDescriptions.withParameters(other),
              ElementDescriptions.withParameters(element),
              member);
          break;
        }
      }
      if (method.constantName().equals("BY_ACTIVITY_TYPE")) {
        report.report(
            Message.RESERVED_METHOD_NAME,
            element,
            name,
            ElementDescriptions.withParameters(element),
            model.optionsName().simpleName(),
            "the field BY_ACTIVITY_TYPE");
      }
    }
  }
}

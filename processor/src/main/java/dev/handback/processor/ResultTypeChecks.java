package dev.handback.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Checks the result type of an activity method against what the generated code and Temporal's
 * default data converter can carry. The rules are deliberately conservative: an error only where
 * the generated code could not compile warning-free (a raw type), a warning only where the default
 * converter (null, byte[], Protobuf, then Jackson JSON) is known to lose or fail on the value, so a
 * project with its own data converter can silence it.
 *
 * <ul>
 *   <li>HB023 (error): a raw type anywhere in the result, such as {@code List} or {@code
 *       List<Map>}.
 *   <li>HB110: the result is {@code Object}: JSON gives back maps, lists, strings and numbers.
 *   <li>HB111: the result is an interface or abstract class outside {@code java.*} that carries no
 *       Jackson annotation (Jackson cannot create it without type information). Collections, maps
 *       and other {@code java.*} types are fine.
 *   <li>HB112: the result is an inner (non-static) class, which Jackson cannot create.
 * </ul>
 */
final class ResultTypeChecks {
  private ResultTypeChecks() {}

  /** Checks the result type of {@code method}, whose type has resolved without errors. */
  static void check(ExecutableElement method, ValidationReport report) {
    TypeMirror result = method.getReturnType();
    DeclaredType raw = findRaw(result);
    if (raw != null) {
      report.report(
          Message.RAW_RESULT_TYPE,
          method,
          ElementDescriptions.withoutPackages(result.toString()),
          ElementDescriptions.withParameters(method),
          raw.asElement().getSimpleName(),
          declaredAs((TypeElement) raw.asElement()));
      return;
    }
    if (result.getKind() != TypeKind.DECLARED) {
      return;
    }
    TypeElement element = (TypeElement) ((DeclaredType) result).asElement();
    // The descriptions are built only for a report: most methods get none.
    if (element.getQualifiedName().contentEquals("java.lang.Object")) {
      report.report(
          Message.OBJECT_RESULT_TYPE, method, ElementDescriptions.withParameters(method), "Object");
    } else if (isAbstract(element) && !isJdkType(element) && !hasJacksonAnnotation(element)) {
      report.report(
          Message.ABSTRACT_RESULT_TYPE,
          method,
          ElementDescriptions.withoutPackages(result.toString()),
          ElementDescriptions.withParameters(method),
          element.getKind() == ElementKind.INTERFACE ? "an interface" : "an abstract class");
    } else if (element.getKind() == ElementKind.CLASS
        && element.getNestingKind() == NestingKind.MEMBER
        && !element.getModifiers().contains(Modifier.STATIC)
        && element.getEnclosingElement().getKind().isClass()) {
      report.report(
          Message.INNER_CLASS_RESULT_TYPE,
          method,
          ElementDescriptions.withoutPackages(result.toString()),
          ElementDescriptions.withParameters(method));
    }
  }

  /** {@code Map<K, V>}: the type with its type parameters. */
  private static String declaredAs(TypeElement type) {
    StringBuilder text = new StringBuilder().append(type.getSimpleName()).append('<');
    for (int i = 0; i < type.getTypeParameters().size(); i++) {
      text.append(i == 0 ? "" : ", ").append(type.getTypeParameters().get(i).getSimpleName());
    }
    return text.append('>').toString();
  }

  private static boolean isAbstract(TypeElement element) {
    return element.getKind() == ElementKind.INTERFACE
        || (element.getKind() == ElementKind.CLASS
            && element.getModifiers().contains(Modifier.ABSTRACT));
  }

  private static boolean isJdkType(TypeElement element) {
    String name = element.getQualifiedName().toString();
    return name.startsWith("java.") || name.startsWith("javax.");
  }

  private static boolean hasJacksonAnnotation(TypeElement element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      Element type = annotation.getAnnotationType().asElement();
      if (type instanceof TypeElement typeElement
          && typeElement.getQualifiedName().toString().startsWith("com.fasterxml.jackson.")) {
        return true;
      }
    }
    return false;
  }

  /** The first raw type in {@code type}, or null. */
  private static DeclaredType findRaw(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return findRaw(array.getComponentType());
    }
    if (type instanceof WildcardType wildcard) {
      DeclaredType bound =
          wildcard.getExtendsBound() == null ? null : findRaw(wildcard.getExtendsBound());
      return bound != null || wildcard.getSuperBound() == null
          ? bound
          : findRaw(wildcard.getSuperBound());
    }
    if (type instanceof DeclaredType declared) {
      TypeElement element = (TypeElement) declared.asElement();
      if (!element.getTypeParameters().isEmpty() && declared.getTypeArguments().isEmpty()) {
        return declared;
      }
      for (TypeMirror argument : declared.getTypeArguments()) {
        DeclaredType raw = findRaw(argument);
        if (raw != null) {
          return raw;
        }
      }
      if (declared.getEnclosingType() instanceof DeclaredType outer
          && !element.getModifiers().contains(Modifier.STATIC)) {
        return findRaw(outer);
      }
    }
    return null;
  }
}

package dev.handback.processor;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The rules on an activity interface as a whole: Temporal's (public, not sealed, not generic) and
 * Handback's (names an encoded handle can carry, reachable from the generated classes).
 */
final class InterfaceChecks {
  private InterfaceChecks() {}

  /** Checks {@code type}, annotated (or about to be treated as if) with {@code annotationName}. */
  static void check(
      TypeElement type, String annotationName, SourceFiles sources, ValidationReport report) {
    if (!type.getTypeParameters().isEmpty()) {
      report.report(
          Message.GENERIC_ACTIVITY_INTERFACE, type, type.getQualifiedName(), annotationName);
    }
    if (type.getModifiers().contains(Modifier.PUBLIC)) {
      // A public interface nested in a private type: Temporal takes it, the generated classes
      // beside it cannot name it. A non-public one is reported with Temporal's own rule.
      for (Element e = type.getEnclosingElement();
          e.getKind() != ElementKind.PACKAGE;
          e = e.getEnclosingElement()) {
        if (e.getModifiers().contains(Modifier.PRIVATE)) {
          report.report(
              Message.NON_PUBLIC_INTERFACE,
              type,
              type.getQualifiedName(),
              "nested in the private type " + ((TypeElement) e).getQualifiedName());
          break;
        }
      }
    }
    checkTopLevelFile(type, sources, report);
    // Since Java 17 java.lang.reflect.Proxy refuses sealed interfaces, and Temporal's activity
    // stub (ActivityInvocationHandlerBase.newProxy) is such a proxy.
    if (type.getModifiers().contains(Modifier.SEALED)) {
      report.report(Message.SEALED_ACTIVITY_INTERFACE, type, type.getQualifiedName());
    }
    for (String name : ClassName.get(type).simpleNames()) {
      if (!ActivityInterfaceReader.isHandleSegment(name)) {
        report.report(Message.UNSUPPORTED_NAME, type, name);
      }
    }
  }

  /**
   * A nested interface whose top-level type is an auxiliary class (declared in a file named after
   * another type): the generated classes, in files of their own, could refer to it only with
   * javac's {@code auxiliaryclass} warning, and an incremental build may not find it at all.
   */
  private static void checkTopLevelFile(
      TypeElement type, SourceFiles sources, ValidationReport report) {
    Element topLevel = type;
    while (topLevel.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      topLevel = topLevel.getEnclosingElement();
    }
    if (topLevel.equals(type)) {
      return;
    }
    TypeElement outer = (TypeElement) topLevel;
    sources
        .fileNameOf(outer)
        .filter(file -> !file.contentEquals(outer.getSimpleName()))
        .ifPresent(
            file ->
                report.report(
                    Message.NESTED_IN_AUXILIARY_CLASS,
                    type,
                    type.getQualifiedName(),
                    outer.getSimpleName(),
                    file,
                    outer.getSimpleName()));
  }

  /**
   * Reports that {@code notPublic}, {@code type} itself or an annotated interface it extends, is
   * not public: {@code POJOActivityInterfaceMetadata#validateModifierAccess} refuses it.
   */
  static void reportNotPublic(TypeElement type, TypeElement notPublic, ValidationReport report) {
    String subject =
        notPublic.equals(type)
            ? type.getQualifiedName().toString()
            : notPublic.getQualifiedName()
                + ", an activity interface that "
                + type.getSimpleName()
                + " extends,";
    report.report(Message.NON_PUBLIC_INTERFACE, type, subject, access(notPublic));
  }

  private static String access(TypeElement type) {
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      return "private";
    }
    return type.getModifiers().contains(Modifier.PROTECTED) ? "protected" : "package-private";
  }
}

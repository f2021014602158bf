package dev.handback.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.handback.processor.model.ActivityInterfaceModel;
import dev.handback.processor.model.ActivityMethodModel;
import dev.handback.processor.model.ExternalResultModel;
import dev.handback.processor.model.ResultPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * Validates one {@code @ActivityInterface} that carries Handback annotations and, if it is valid,
 * builds its model: {@link #createIfValid}.
 */
final class ActivityInterfaceReader {
  static final String ACTIVITY_INTERFACE = "io.temporal.activity.ActivityInterface";
  static final String ACTIVITY_METHOD = "io.temporal.activity.ActivityMethod";
  private static final Pattern HANDLE_SEGMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Elements elements;
  private final OptionsReader optionsReader;

  ActivityInterfaceReader(Elements elements) {
    this.elements = elements;
    this.optionsReader = new OptionsReader(elements);
  }

  /** Whether {@code type} is an interface annotated {@code @ActivityInterface}. */
  static boolean isActivityInterface(Element type) {
    return type.getKind() == ElementKind.INTERFACE
        && AnnotationAttributes.find(type, ACTIVITY_INTERFACE) != null;
  }

  /**
   * Whether a result type of {@code type} is not yet known, so it may be generated in a later
   * round.
   */
  static boolean hasUnresolvedResult(TypeElement type) {
    return activityMethods(type).stream()
        .anyMatch(method -> containsErrorType(method.getReturnType()));
  }

  /** The model of {@code type}, or empty with every problem in {@code report}. */
  Optional<ActivityInterfaceModel> createIfValid(TypeElement type, ValidationReport report) {
    OptionsReader.PathAnnotation interfaceAnnotation = pathAnnotation(type, report);
    checkInterface(type, interfaceAnnotation, report);
    OptionsReader.PathSettings interfaceSettings =
        interfaceAnnotation == null ? null : readPath(interfaceAnnotation, report);

    List<ActivityMethodModel> methods = new ArrayList<>();
    List<ExecutableElement> generatedFor = new ArrayList<>();
    Map<String, ExecutableElement> byActivityType = new LinkedHashMap<>();
    Map<String, ExecutableElement> bySignal = new LinkedHashMap<>();
    String namePrefix = namePrefix(type);
    List<ExecutableElement> all = activityMethods(type);
    for (ExecutableElement method : all) {
      String activityType = activityType(method, namePrefix(method, type, namePrefix));
      ExecutableElement clash = byActivityType.putIfAbsent(activityType, method);
      if (clash != null) {
        report.report(
            Message.ACTIVITY_TYPE_COLLISION,
            method.getEnclosingElement().equals(type) ? method : type,
            activityType,
            ElementDescriptions.withParameters(method),
            ElementDescriptions.withParameters(clash));
        continue;
      }
      if (!method.getEnclosingElement().equals(type)) {
        continue;
      }
      OptionsReader.PathAnnotation own = pathAnnotation(method, report);
      OptionsReader.PathSettings settings = own != null ? readPath(own, report) : interfaceSettings;
      if (settings == null) {
        continue;
      }
      checkMethod(type, method, report);
      Optional<ExternalResultModel> external =
          externalResult(method, activityType, settings, bySignal, report);
      methods.add(
          new ActivityMethodModel(
              method.getSimpleName().toString(),
              activityType,
              resultType(method),
              settings.annotation().path(),
              settings.options(),
              external,
              settings.handleScope()));
      generatedFor.add(method);
    }
    GeneratedNameChecks.checkMembers(type, generatedFor, methods, report);
    if (interfaceAnnotation != null && interfaceSettings != null && methods.isEmpty()) {
      report.report(
          Message.NO_ACTIVITY_METHODS,
          type,
          interfaceAnnotation.mirror(),
          null,
          interfaceAnnotation.path().annotationName(),
          type.getSimpleName());
    }
    if (report.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new ActivityInterfaceModel(ClassName.get(type), methods, methods.size() == all.size()));
  }

  /** Reads one path annotation and, if it is valid, adds Temporal's guidance for its path. */
  private OptionsReader.PathSettings readPath(
      OptionsReader.PathAnnotation annotation, ValidationReport report) {
    if (ErroneousValues.in(annotation.mirror())) {
      return null; // javac reports the erroneous value; a Handback error on it would only mislead
    }
    ValidationReport own = new ValidationReport();
    OptionsReader.PathSettings settings = optionsReader.read(annotation, own);
    if (!own.hasErrors()) {
      GuidanceChecks guidance = new GuidanceChecks(elements);
      Element element = annotation.element();
      AnnotationMirror mirror = annotation.mirror();
      switch (annotation.path()) {
        case ASYNC_COMPLETION -> guidance.asyncCompletion(element, mirror, settings.options(), own);
        case EXTERNAL_RESULT -> guidance.externalResult(element, mirror, settings.options(), own);
        case POLLED -> guidance.polled(element, mirror, settings.options(), own);
      }
    }
    report.addAll(own);
    return settings;
  }

  /**
   * The one path annotation on {@code element}, or null if it has none; a second one is reported on
   * that annotation.
   */
  private static OptionsReader.PathAnnotation pathAnnotation(
      Element element, ValidationReport report) {
    OptionsReader.PathAnnotation found = null;
    for (ResultPath path : ResultPath.values()) {
      AnnotationMirror mirror = AnnotationAttributes.find(element, path.qualifiedName());
      if (mirror == null) {
        continue;
      }
      if (found != null) {
        report.report(
            Message.MORE_THAN_ONE_PATH,
            element,
            mirror,
            null,
            OptionsReader.describe(element),
            found.path().annotationName(),
            path.annotationName());
        continue;
      }
      found = new OptionsReader.PathAnnotation(path, element, mirror);
    }
    return found;
  }

  /**
   * The signal and wait of an {@code @ExternalResult} method, with its signal name checked to be
   * unique in the interface.
   */
  private static Optional<ExternalResultModel> externalResult(
      ExecutableElement method,
      String activityType,
      OptionsReader.PathSettings settings,
      Map<String, ExecutableElement> bySignal,
      ValidationReport report) {
    if (settings.annotation().path() != ResultPath.EXTERNAL_RESULT) {
      return Optional.empty();
    }
    String signal = settings.signal().isEmpty() ? activityType + "Result" : settings.signal();
    ExecutableElement clash = bySignal.putIfAbsent(signal, method);
    if (clash != null) {
      boolean own = settings.annotation().element().equals(method);
      report.report(
          Message.SIGNAL_NAME_COLLISION,
          method,
          own ? settings.annotation().mirror() : null,
          null,
          signal,
          OptionsReader.describe(method),
          OptionsReader.describe(clash));
    }
    return settings.timeout().map(timeout -> new ExternalResultModel(signal, timeout));
  }

  /**
   * Every activity method of {@code type}, inherited ones included, in declaration order: the
   * abstract and default methods that are not static or private.
   */
  static List<ExecutableElement> activityMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    collect(type, methods);
    return methods;
  }

  private static void collect(TypeElement type, List<ExecutableElement> into) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.PRIVATE)
          && into.stream()
              .noneMatch(
                  m ->
                      m.getSimpleName().equals(method.getSimpleName())
                          && m.getParameters().size() == method.getParameters().size()
                          && overridesByName(m, method))) {
        into.add(method);
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        collect((TypeElement) ((DeclaredType) parent).asElement(), into);
      }
    }
  }

  private static boolean overridesByName(ExecutableElement a, ExecutableElement b) {
    for (int i = 0; i < a.getParameters().size(); i++) {
      if (!a.getParameters()
          .get(i)
          .asType()
          .toString()
          .equals(b.getParameters().get(i).asType().toString())) {
        return false;
      }
    }
    return true;
  }

  private void checkInterface(
      TypeElement type, OptionsReader.PathAnnotation annotation, ValidationReport report) {
    if (!type.getTypeParameters().isEmpty()) {
      report.report(
          Message.GENERIC_ACTIVITY_INTERFACE,
          type,
          type.getQualifiedName(),
          annotation == null ? "AsyncCompletable" : annotation.path().annotationName());
    }
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        report.report(Message.INACCESSIBLE_INTERFACE, type, type.getQualifiedName());
        break;
      }
    }
    for (String name : ClassName.get(type).simpleNames()) {
      if (!isHandleSegment(name)) {
        report.report(Message.UNSUPPORTED_NAME, type, name);
      }
    }
  }

  private void checkMethod(TypeElement type, ExecutableElement method, ValidationReport report) {
    if (!isHandleSegment(method.getSimpleName().toString())) {
      report.report(Message.UNSUPPORTED_NAME, method, method.getSimpleName());
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.report(Message.GENERIC_ACTIVITY_METHOD, method, OptionsReader.describe(method));
      return;
    }
    PackageElement pkg = elements.getPackageOf(type);
    TypeMirror result = method.getReturnType();
    if (containsErrorType(result)) {
      report.report(Message.UNRESOLVED_TYPE, method, OptionsReader.describe(method), result);
    } else if (!isVisibleFrom(result, pkg)) {
      report.report(
          Message.INACCESSIBLE_RESULT_TYPE,
          method,
          result,
          OptionsReader.describe(method),
          pkg.getQualifiedName());
    } else {
      ResultTypeChecks.check(method, report);
    }
  }

  private static boolean isHandleSegment(String name) {
    return HANDLE_SEGMENT.matcher(name).matches();
  }

  private static Optional<TypeName> resultType(ExecutableElement method) {
    TypeMirror result = method.getReturnType();
    return result.getKind() == TypeKind.VOID
        ? Optional.empty()
        : Optional.of(TypeName.get(result).box());
  }

  private static String namePrefix(TypeElement type) {
    AnnotationMirror mirror = AnnotationAttributes.find(type, ACTIVITY_INTERFACE);
    return mirror == null ? "" : stringAttribute(mirror, "namePrefix");
  }

  /** Temporal takes the prefix of the interface that declares the method. */
  private static String namePrefix(ExecutableElement method, TypeElement type, String own) {
    Element declaring = method.getEnclosingElement();
    return declaring.equals(type) ? own : namePrefix((TypeElement) declaring);
  }

  /**
   * Temporal's rule: {@code @ActivityMethod(name)} as is, else prefix + capitalized method name.
   */
  private static String activityType(ExecutableElement method, String namePrefix) {
    AnnotationMirror activityMethod = AnnotationAttributes.find(method, ACTIVITY_METHOD);
    if (activityMethod != null) {
      String name = stringAttribute(activityMethod, "name");
      if (!name.isEmpty()) {
        return name;
      }
    }
    String simple = method.getSimpleName().toString();
    return namePrefix + Character.toUpperCase(simple.charAt(0)) + simple.substring(1);
  }

  private static String stringAttribute(AnnotationMirror mirror, String name) {
    return mirror.getElementValues().entrySet().stream()
        .filter(entry -> entry.getKey().getSimpleName().contentEquals(name))
        .map(entry -> (String) entry.getValue().getValue())
        .findFirst()
        .orElse("");
  }

  static boolean containsErrorType(TypeMirror type) {
    return Boolean.TRUE.equals(
        type.accept(
            new SimpleTypeVisitor14<Boolean, Void>(false) {
              @Override
              public Boolean visitError(javax.lang.model.type.ErrorType t, Void unused) {
                return true;
              }

              @Override
              public Boolean visitDeclared(DeclaredType t, Void unused) {
                return t.getTypeArguments().stream()
                    .anyMatch(ActivityInterfaceReader::containsErrorType);
              }

              @Override
              public Boolean visitArray(javax.lang.model.type.ArrayType t, Void unused) {
                return containsErrorType(t.getComponentType());
              }

              @Override
              public Boolean visitWildcard(javax.lang.model.type.WildcardType t, Void unused) {
                return (t.getExtendsBound() != null && containsErrorType(t.getExtendsBound()))
                    || (t.getSuperBound() != null && containsErrorType(t.getSuperBound()));
              }
            },
            null));
  }

  private boolean isVisibleFrom(TypeMirror type, PackageElement pkg) {
    return Boolean.TRUE.equals(
        type.accept(
            new SimpleTypeVisitor14<Boolean, Void>(true) {
              @Override
              public Boolean visitDeclared(DeclaredType t, Void unused) {
                for (Element e = t.asElement();
                    e.getKind() != ElementKind.PACKAGE;
                    e = e.getEnclosingElement()) {
                  if (e.getModifiers().contains(Modifier.PRIVATE)) {
                    return false;
                  }
                  boolean samePackage = elements.getPackageOf(e).equals(pkg);
                  if (!samePackage && !e.getModifiers().contains(Modifier.PUBLIC)) {
                    return false;
                  }
                }
                return t.getTypeArguments().stream().allMatch(arg -> isVisibleFrom(arg, pkg));
              }

              @Override
              public Boolean visitArray(javax.lang.model.type.ArrayType t, Void unused) {
                return isVisibleFrom(t.getComponentType(), pkg);
              }

              @Override
              public Boolean visitWildcard(javax.lang.model.type.WildcardType t, Void unused) {
                return (t.getExtendsBound() == null || isVisibleFrom(t.getExtendsBound(), pkg))
                    && (t.getSuperBound() == null || isVisibleFrom(t.getSuperBound(), pkg));
              }
            },
            null));
  }
}

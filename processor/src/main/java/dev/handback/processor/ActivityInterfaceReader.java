package dev.handback.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.handback.processor.model.ActivityInterfaceModel;
import dev.handback.processor.model.ActivityMethodModel;
import dev.handback.processor.model.ExternalResultModel;
import dev.handback.processor.model.ResultPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one {@code @ActivityInterface} that carries Handback annotations and, if it is valid,
 * builds its model: {@link #createIfValid}. The interface-wide rules are in {@link
 * InterfaceChecks}, Temporal's reading of the methods in {@link TemporalActivityMethods}, the
 * options in {@link OptionsReader}.
 */
final class ActivityInterfaceReader {
  static final String ACTIVITY_INTERFACE = "io.temporal.activity.ActivityInterface";
  static final String ACTIVITY_METHOD = "io.temporal.activity.ActivityMethod";

  /**
   * Names Temporal keeps for itself ({@code io.temporal.internal.common.InternalUtils
   * #TEMPORAL_RESERVED_PREFIX}): activity types and signals must not start with it.
   */
  static final String TEMPORAL_RESERVED_PREFIX = "__temporal_";

  private static final Pattern HANDLE_SEGMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Elements elements;
  private final Types types;
  private final SourceFiles sources;
  private final OptionsReader optionsReader;

  ActivityInterfaceReader(Elements elements, Types types, SourceFiles sources) {
    this.elements = elements;
    this.types = types;
    this.sources = sources;
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
  static boolean hasUnresolvedResult(TypeElement type, Elements elements) {
    return activityMethods(type, elements).stream()
        .anyMatch(method -> UnresolvedTypes.in(method.getReturnType()));
  }

  /**
   * The activity methods of {@code type} that a stub can call, inherited ones included: Temporal's
   * activity methods less the private ones.
   */
  static List<ExecutableElement> activityMethods(TypeElement type, Elements elements) {
    return TemporalActivityMethods.of(type, elements).stream()
        .filter(TemporalActivityMethods.Entry::callable)
        .map(TemporalActivityMethods.Entry::method)
        .toList();
  }

  /** The model of {@code type}, or empty with every problem in {@code report}. */
  Optional<ActivityInterfaceModel> createIfValid(TypeElement type, ValidationReport report) {
    OptionsReader.PathAnnotation interfaceAnnotation = pathAnnotation(type, report);
    InterfaceChecks.check(
        type,
        interfaceAnnotation == null
            ? "AsyncCompletable"
            : interfaceAnnotation.path().annotationName(),
        sources,
        report);
    TemporalActivityMethods.Result temporal = TemporalActivityMethods.read(type, elements);
    Set<ExecutableElement> duplicated = reportTemporalProblems(type, temporal, report);
    OptionsReader.PathSettings interfaceSettings =
        interfaceAnnotation == null ? null : readPath(interfaceAnnotation, report);

    List<ActivityMethodModel> methods = new ArrayList<>();
    List<ExecutableElement> generatedFor = new ArrayList<>();
    Map<String, ExecutableElement> byActivityType = new LinkedHashMap<>();
    Map<String, ExecutableElement> bySignal = new LinkedHashMap<>();
    int callable = 0;
    for (TemporalActivityMethods.Entry entry : temporal.entries()) {
      ExecutableElement method = entry.method();
      boolean own = method.getEnclosingElement().equals(type);
      callable += entry.callable() ? 1 : 0;
      String activityType = entry.activityType();
      if (activityType.startsWith(TEMPORAL_RESERVED_PREFIX)) {
        report.report(
            Message.RESERVED_ACTIVITY_TYPE,
            own ? method : type,
            activityType,
            ElementDescriptions.withParameters(method));
      }
      ExecutableElement clash = byActivityType.putIfAbsent(activityType, method);
      if (clash != null && !duplicated.contains(method)) {
        report.report(
            Message.ACTIVITY_TYPE_COLLISION,
            own ? method : type,
            activityType,
            ElementDescriptions.withParameters(method),
            ElementDescriptions.withParameters(clash));
        continue;
      }
      if (!own || !entry.callable() || duplicated.contains(method)) {
        continue;
      }
      OptionsReader.PathAnnotation ownAnnotation = pathAnnotation(method, report);
      OptionsReader.PathSettings settings =
          ownAnnotation != null ? readPath(ownAnnotation, report) : interfaceSettings;
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
              settings.retryExternalFailures(),
              settings.handleScope(),
              method.getReturnType().getKind().isPrimitive()));
      generatedFor.add(method);
    }
    GeneratedNameChecks.checkMembers(type, generatedFor, methods, report);
    if (interfaceAnnotation != null && interfaceSettings != null && methods.isEmpty()) {
      report.report(
          Message.NO_ACTIVITY_METHODS,
          DiagnosticPosition.of(type, interfaceAnnotation.mirror()),
          interfaceAnnotation.path().annotationName(),
          type.getSimpleName());
    }
    if (report.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new ActivityInterfaceModel(ClassName.get(type), methods, methods.size() == callable));
  }

  /**
   * Reports what Temporal refuses in the hierarchy of {@code type}; returns the methods reported as
   * a second method of a name, so they are not reported again for their activity type.
   */
  private static Set<ExecutableElement> reportTemporalProblems(
      TypeElement type, TemporalActivityMethods.Result temporal, ValidationReport report) {
    Set<ExecutableElement> duplicated = new LinkedHashSet<>();
    for (TemporalActivityMethods.Problem problem : temporal.problems()) {
      if (problem instanceof TemporalActivityMethods.DuplicateName duplicate) {
        duplicated.add(duplicate.second());
        report.report(
            Message.DUPLICATE_METHOD_NAME,
            duplicate.second().getEnclosingElement().equals(type) ? duplicate.second() : type,
            ElementDescriptions.withParameters(duplicate.first()),
            duplicate.first().equals(duplicate.second())
                ? "the same method reached again through another path of parent interfaces"
                : ElementDescriptions.withParameters(duplicate.second()),
            duplicate.second().getSimpleName());
      } else if (problem instanceof TemporalActivityMethods.StaticActivityMethod staticMethod) {
        ExecutableElement method = staticMethod.method();
        report.report(
            Message.STATIC_ACTIVITY_METHOD,
            method.getEnclosingElement().equals(type) ? method : type,
            ElementDescriptions.withParameters(method));
      } else if (problem instanceof TemporalActivityMethods.NotPublic notPublic) {
        InterfaceChecks.reportNotPublic(type, notPublic.type(), report);
      }
    }
    return duplicated;
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
        case ASYNC_COMPLETION -> guidance.asyncCompletion(element, mirror, settings, own);
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
            DiagnosticPosition.of(element, mirror),
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
   * unique in the interface and outside Temporal's reserved names.
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
    boolean ownAnnotation = settings.annotation().element().equals(method);
    DiagnosticPosition at =
        ownAnnotation
            ? DiagnosticPosition.of(method, settings.annotation().mirror())
            : DiagnosticPosition.of(method);
    boolean explicit = !settings.signal().isEmpty();
    String signal = explicit ? settings.signal() : activityType + "Result";
    // A default signal of a reserved activity type is already reported with the activity type.
    if (explicit && signal.startsWith(TEMPORAL_RESERVED_PREFIX)) {
      report.report(
          Message.RESERVED_SIGNAL_NAME, at, signal, ElementDescriptions.withParameters(method));
    }
    ExecutableElement clash = bySignal.putIfAbsent(signal, method);
    if (clash != null) {
      report.report(
          Message.SIGNAL_NAME_COLLISION,
          at,
          signal,
          OptionsReader.describe(method),
          OptionsReader.describe(clash));
    }
    return settings.timeout().map(timeout -> new ExternalResultModel(signal, timeout));
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
    if (UnresolvedTypes.in(result)) {
      report.report(Message.UNRESOLVED_TYPE, method, OptionsReader.describe(method), result);
    } else if (!TypeVisibility.isVisible(elements, result, pkg)) {
      report.report(
          Message.INACCESSIBLE_RESULT_TYPE,
          method,
          result,
          OptionsReader.describe(method),
          pkg.getQualifiedName());
    } else {
      ResultTypeChecks.check(method, report, types, elements);
    }
  }

  /** Whether {@code name} can be a segment of an encoded handle. */
  static boolean isHandleSegment(String name) {
    return HANDLE_SEGMENT.matcher(name).matches();
  }

  private static Optional<TypeName> resultType(ExecutableElement method) {
    TypeMirror result = method.getReturnType();
    return result.getKind() == TypeKind.VOID
        ? Optional.empty()
        : Optional.of(TypeName.get(result).box());
  }
}

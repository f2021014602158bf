package dev.handback.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The activity methods of an {@code @ActivityInterface} as Temporal 1.39 collects them when a stub
 * is built or a worker registers an implementation ({@code
 * io.temporal.common.metadata.POJOActivityInterfaceMetadata#getActivityInterfaceMethods}), with the
 * problems Temporal refuses there:
 *
 * <ul>
 *   <li>every interface of the hierarchy contributes its declared methods that are not static
 *       (private ones too); a static one with {@code @ActivityMethod} is refused;
 *   <li>an interface without {@code @ActivityInterface} hands its methods down to the nearest
 *       annotated child, whose {@code namePrefix} they get, unless that child redeclares a method
 *       that has no {@code @ActivityMethod};
 *   <li>across the whole hierarchy, two activity methods may not share a name ("Duplicated
 *       methods"): no overloads, and no child that redeclares its annotated parent's method;
 *   <li>every annotated interface of the hierarchy must be public.
 * </ul>
 */
final class TemporalActivityMethods {

  /**
   * One activity method.
   *
   * @param method the method
   * @param registeredThrough the annotated interface whose {@code namePrefix} it gets
   * @param activityType its activity type name
   */
  record Entry(ExecutableElement method, TypeElement registeredThrough, String activityType) {

    /** Whether the generated code can call it: Temporal also registers private methods. */
    boolean callable() {
      return !method.getModifiers().contains(Modifier.PRIVATE);
    }
  }

  /** What Temporal refuses in the hierarchy, in the order found. */
  sealed interface Problem {}

  /** Two activity methods of one name. */
  record DuplicateName(ExecutableElement first, ExecutableElement second) implements Problem {}

  /** A static method with {@code @ActivityMethod}. */
  record StaticActivityMethod(ExecutableElement method) implements Problem {}

  /** An annotated interface of the hierarchy that is not public. */
  record NotPublic(TypeElement type) implements Problem {}

  private final Elements elements;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Entry> byName = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<TypeElement> checkedAccess = new LinkedHashSet<>();

  private TemporalActivityMethods(Elements elements) {
    this.elements = elements;
  }

  /** The activity methods of {@code type}, parents' first, each in declaration order. */
  static List<Entry> of(TypeElement type, Elements elements) {
    return read(type, elements).entries();
  }

  /** The activity methods of {@code type} and what Temporal refuses in its hierarchy. */
  static Result read(TypeElement type, Elements elements) {
    TemporalActivityMethods walk = new TemporalActivityMethods(elements);
    walk.collect(type);
    return new Result(List.copyOf(walk.entries), List.copyOf(walk.problems));
  }

  /** The methods and problems of one hierarchy. */
  record Result(List<Entry> entries, List<Problem> problems) {}

  /**
   * Temporal's recursion: returns the methods {@code current} hands down to its child, which is
   * none if {@code current} is annotated (it registers them itself).
   */
  private List<ExecutableElement> collect(TypeElement current) {
    AnnotationMirror annotation =
        AnnotationAttributes.find(current, ActivityInterfaceReader.ACTIVITY_INTERFACE);
    if (annotation != null
        && checkedAccess.add(current)
        && !current.getModifiers().contains(Modifier.PUBLIC)) {
      problems.add(new NotPublic(current));
    }
    Set<ExecutableElement> result = new LinkedHashSet<>();
    for (TypeMirror parent : current.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        TypeElement parentType = (TypeElement) ((DeclaredType) parent).asElement();
        for (ExecutableElement inherited : collect(parentType)) {
          if (hasActivityMethod(inherited) || !redeclares(current, inherited)) {
            result.add(inherited);
          }
        }
      }
    }
    for (ExecutableElement declared : ElementFilter.methodsIn(current.getEnclosedElements())) {
      if (declared.getModifiers().contains(Modifier.STATIC)) {
        if (hasActivityMethod(declared)) {
          problems.add(new StaticActivityMethod(declared));
        }
      } else {
        result.add(declared);
      }
    }
    if (annotation == null) {
      return List.copyOf(result);
    }
    String prefix = stringAttribute(annotation, "namePrefix");
    for (ExecutableElement method : result) {
      Entry entry = new Entry(method, current, activityType(method, prefix));
      entries.add(entry);
      Entry before = byName.putIfAbsent(method.getSimpleName().toString(), entry);
      // Temporal throws for any second method of the name, even the same method reached twice
      // through a diamond of annotated interfaces.
      if (before != null) {
        problems.add(new DuplicateName(before.method(), method));
      }
    }
    return List.of();
  }

  /** Whether {@code type} declares a method that overrides {@code inherited}. */
  private boolean redeclares(TypeElement type, ExecutableElement inherited) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .anyMatch(own -> elements.overrides(own, inherited, type));
  }

  private static boolean hasActivityMethod(Element method) {
    return AnnotationAttributes.find(method, ActivityInterfaceReader.ACTIVITY_METHOD) != null;
  }

  /**
   * Temporal's rule ({@code POJOActivityMethodMetadata}): {@code @ActivityMethod(name)} as is, else
   * the prefix and the method name with its first letter in upper case.
   */
  private static String activityType(ExecutableElement method, String namePrefix) {
    AnnotationMirror activityMethod =
        AnnotationAttributes.find(method, ActivityInterfaceReader.ACTIVITY_METHOD);
    if (activityMethod != null) {
      String name = stringAttribute(activityMethod, "name");
      if (!name.isEmpty()) {
        return name;
      }
    }
    String simple = method.getSimpleName().toString();
    return namePrefix + simple.substring(0, 1).toUpperCase(Locale.ROOT) + simple.substring(1);
  }

  private static String stringAttribute(AnnotationMirror mirror, String name) {
    return mirror.getElementValues().entrySet().stream()
        .filter(entry -> entry.getKey().getSimpleName().contentEquals(name))
        .map(entry -> entry.getValue().getValue())
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .findFirst()
        .orElse("");
  }
}

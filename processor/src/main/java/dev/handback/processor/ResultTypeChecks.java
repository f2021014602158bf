package dev.handback.processor;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks the result type of an activity method against what the generated code and Temporal's
 * default data converter can carry: {@code io.temporal.common.converter.DefaultDataConverter}
 * (null, byte[], Protobuf, then Jackson JSON as {@code JacksonJsonPayloadConverter
 * #newDefaultObjectMapper} configures it). An error only where the generated code could not compile
 * warning-free (a raw type, HB023); a warning, which a project with its own data converter can
 * silence, where Jackson is known to fail or to lose the type. The whole type is searched: type
 * arguments, array components and wildcard bounds, so {@code List<Shape>} warns like {@code Shape}.
 * Each warning is reported once per method, for the first part of the type it applies to.
 *
 * <ul>
 *   <li>HB110: {@code Object}: JSON gives back maps, lists, strings and numbers.
 *   <li>HB111: an interface or abstract class without Jackson annotations, outside the JDK types
 *       Jackson maps to an implementation (collections, maps, {@code Number}, ...).
 *   <li>HB112: an inner (non-static) class.
 *   <li>HB113: a wildcard {@code ?} or {@code ? super T}, which Jackson reads as {@code Object}.
 *   <li>HB114: a JDK type that is a running thing rather than data: a stream, reader or other
 *       resource, a future, a thread, an iterator, a lock, an executor.
 *   <li>HB115: a class Jackson cannot create from what it writes: no no-argument constructor and no
 *       {@code @JsonCreator}.
 * </ul>
 */
final class ResultTypeChecks {
  /**
   * Abstract JDK types Jackson 2 deserializes all the same: it maps them to an implementation
   * ({@code BasicDeserializerFactory}'s collection and map fallbacks, {@code Iterable} and {@code
   * CharSequence}) or has a deserializer of its own for them ({@code Number}, {@code Calendar},
   * {@code TimeZone}, {@code Charset}, {@code Path}, {@code ZoneId}).
   */
  static final Set<String> JACKSON_KNOWN_ABSTRACT =
      Set.of(
          "java.lang.Iterable",
          "java.util.Collection",
          "java.util.List",
          "java.util.Set",
          "java.util.SortedSet",
          "java.util.NavigableSet",
          "java.util.Queue",
          "java.util.Deque",
          "java.util.concurrent.BlockingQueue",
          "java.util.concurrent.BlockingDeque",
          "java.util.Map",
          "java.util.SortedMap",
          "java.util.NavigableMap",
          "java.util.concurrent.ConcurrentMap",
          "java.util.concurrent.ConcurrentNavigableMap",
          "java.lang.CharSequence",
          "java.lang.Number",
          "java.util.Calendar",
          "java.util.TimeZone",
          "java.nio.charset.Charset",
          "java.nio.file.Path",
          "java.time.ZoneId");

  /** JDK types that are running things, not data (HB114), with what to call them. */
  static final Map<String, String> RUNTIME_OBJECTS =
      Map.of(
          "java.lang.AutoCloseable", "a stream, reader or other resource",
          "java.util.concurrent.Future", "a future",
          "java.util.concurrent.CompletionStage", "a future",
          "java.lang.Thread", "a thread",
          "java.util.Iterator", "an iterator",
          "java.util.Spliterator", "an iterator",
          "java.util.concurrent.locks.Lock", "a lock",
          "java.util.concurrent.Executor", "an executor",
          "java.lang.ClassLoader", "a class loader");

  private final ExecutableElement method;
  private final TypeMirror result;
  private final ValidationReport report;
  private final Set<Message> reported = EnumSet.noneOf(Message.class);
  private final Types types;
  private final Elements elements;

  private ResultTypeChecks(
      ExecutableElement method, ValidationReport report, Types types, Elements elements) {
    this.method = method;
    this.result = method.getReturnType();
    this.report = report;
    this.types = types;
    this.elements = elements;
  }

  /** Checks the result type of {@code method}, whose type has resolved without errors. */
  static void check(
      ExecutableElement method, ValidationReport report, Types types, Elements elements) {
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
    new ResultTypeChecks(method, report, types, elements).visit(result);
  }

  private void visit(TypeMirror part) {
    if (part instanceof ArrayType array) {
      visit(array.getComponentType());
    } else if (part instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        visit(wildcard.getExtendsBound());
      } else {
        // '?' and '? super T' both read as Object (Jackson takes the upper bound).
        once(
            Message.WILDCARD_RESULT_TYPE,
            methodText(),
            resultText(),
            ElementDescriptions.withoutPackages(part.toString()));
      }
    } else if (part instanceof DeclaredType declared) {
      visitDeclared(declared);
      declared.getTypeArguments().forEach(this::visit);
    }
  }

  private void visitDeclared(DeclaredType part) {
    TypeElement element = (TypeElement) part.asElement();
    String name = element.getQualifiedName().toString();
    String shown = ElementDescriptions.withoutPackages(part.toString());
    // "returns List<Shape>, which contains Jobs.Shape, an interface ..."; the whole type is named
    // once.
    String within = types.isSameType(part, result) ? "" : ", which contains " + shown;
    if (name.equals("java.lang.Object")) {
      once(Message.OBJECT_RESULT_TYPE, methodText(), resultText(), within);
      return;
    }
    if (isJdkType(element)) {
      String runtimeObject = runtimeObject(part);
      if (runtimeObject != null) {
        once(Message.RUNTIME_OBJECT_RESULT_TYPE, methodText(), resultText(), within, runtimeObject);
      } else if (isAbstract(element) && !JACKSON_KNOWN_ABSTRACT.contains(name)) {
        once(Message.ABSTRACT_RESULT_TYPE, methodText(), resultText(), within, kind(element));
      }
      return;
    }
    if (hasJacksonAnnotation(element)) {
      return;
    }
    if (isAbstract(element)) {
      once(Message.ABSTRACT_RESULT_TYPE, methodText(), resultText(), within, kind(element));
    } else if (element.getKind() == ElementKind.CLASS
        && element.getNestingKind() == NestingKind.MEMBER
        && !element.getModifiers().contains(Modifier.STATIC)
        && element.getEnclosingElement().getKind().isClass()) {
      once(Message.INNER_CLASS_RESULT_TYPE, methodText(), resultText(), within);
    } else if (element.getKind() == ElementKind.CLASS && !hasCreator(element)) {
      once(Message.NO_CREATOR_RESULT_TYPE, methodText(), resultText(), within);
    }
  }

  private void once(Message message, Object... arguments) {
    if (reported.add(message)) {
      report.report(message, method, arguments);
    }
  }

  private String resultText() {
    return ElementDescriptions.withoutPackages(result.toString());
  }

  private String methodText() {
    return ElementDescriptions.withParameters(method);
  }

  /** What to call {@code type} if it is a JDK type that is not data, else null. */
  private String runtimeObject(DeclaredType type) {
    for (Map.Entry<String, String> entry : RUNTIME_OBJECTS.entrySet()) {
      TypeElement kind = elements.getTypeElement(entry.getKey());
      if (kind != null && types.isSubtype(types.erasure(type), types.erasure(kind.asType()))) {
        return entry.getValue();
      }
    }
    return null;
  }

  /**
   * Whether Jackson can create {@code type} from what it writes: a no-argument constructor of any
   * visibility, or a creator annotated for Jackson. A single-value constructor alone is not enough:
   * Jackson reads a JSON string into {@code Code(String)} but writes the object as {@code
   * {"value":...}}, which it cannot read back (TemporalOracleTest found it).
   */
  private static boolean hasCreator(TypeElement type) {
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    for (ExecutableElement constructor : constructors) {
      if (constructor.getParameters().isEmpty() || hasJacksonAnnotation(constructor)) {
        return true;
      }
    }
    // A static factory annotated @JsonCreator.
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .anyMatch(
            factory ->
                factory.getModifiers().contains(Modifier.STATIC) && hasJacksonAnnotation(factory));
  }

  private static String kind(TypeElement element) {
    return element.getKind() == ElementKind.INTERFACE ? "an interface" : "an abstract class";
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

  private static boolean hasJacksonAnnotation(Element element) {
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

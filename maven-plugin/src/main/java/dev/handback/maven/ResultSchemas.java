package dev.handback.maven;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.classmate.TypeResolver;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * JSON Schemas (draft 2020-12) of result types, generated from the compiled classes with victools'
 * jsonschema-generator and its Jackson module, since Temporal's default data converter writes
 * results with Jackson.
 *
 * <p>Every member of an object is {@code required}, except an {@code Optional} one and one that
 * Jackson leaves out of what it writes ({@code @JsonInclude} other than {@code ALWAYS}, on the
 * member or its class). Jackson reads a missing member without complaint, as {@code null}, {@code
 * 0} or {@code false}, so the workflow would get a value nobody sent; a missing {@code Optional} it
 * reads as empty, which is what leaving it out means. {@code @JsonProperty(required = true)} makes
 * any member required.
 */
public final class ResultSchemas {
  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  private final ClassLoader classes;
  private final TypeResolver resolver = new TypeResolver();
  private final SchemaGenerator generator;

  /** Schemas already generated, by type tree: many methods of a module share a few result types. */
  private final Map<Map<String, Object>, ObjectNode> generated = new HashMap<>();

  /**
   * Schemas of the classes {@code classes} loads, usually the project's compile classpath. One
   * instance serves one goal execution (it is not thread-safe).
   */
  public ResultSchemas(ClassLoader classes) {
    this.classes = classes;
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
            .without(Option.SCHEMA_VERSION_INDICATOR);
    config.forFields().withRequiredCheck(ResultSchemas::mustBeSent);
    this.generator = new SchemaGenerator(config.build());
  }

  /** Whether a reader needs {@code field} in the JSON to rebuild the value that was meant. */
  private static boolean mustBeSent(FieldScope field) {
    if (field.isFakeContainerItemScope()
        || OPTIONALS.contains(field.getDeclaredType().getErasedType())) {
      return false;
    }
    JsonInclude.Include inclusion =
        inclusion(field.getAnnotationConsideringFieldAndGetter(JsonInclude.class));
    if (inclusion == JsonInclude.Include.USE_DEFAULTS) {
      inclusion =
          inclusion(field.getDeclaringType().getErasedType().getAnnotation(JsonInclude.class));
    }
    return inclusion == JsonInclude.Include.ALWAYS || inclusion == JsonInclude.Include.USE_DEFAULTS;
  }

  private static JsonInclude.Include inclusion(JsonInclude annotation) {
    return annotation == null ? JsonInclude.Include.USE_DEFAULTS : annotation.value();
  }

  /**
   * The schema of {@code result}, a fresh copy the caller may change; {@code {"type": "null"}} for
   * a method that returns nothing.
   */
  public ObjectNode schemaOf(HandbackModel.Result result) {
    if (result.isVoid()) {
      ObjectNode none = JsonNodeFactory.instance.objectNode();
      none.put("type", "null");
      return none;
    }
    return generated
        .computeIfAbsent(result.typeTree(), tree -> generator.generateSchema(resolve(tree)))
        .deepCopy();
  }

  private ResolvedType resolve(Map<String, Object> tree) {
    if (tree.containsKey("arrayOf")) {
      return resolver.arrayType(resolve(child(tree.get("arrayOf"))));
    } else if (tree.containsKey("wildcard")) {
      return resolve(child(tree.get("wildcard")));
    } else if (tree.containsKey("variable")) {
      return resolver.resolve(Object.class);
    } else if (tree.containsKey("primitive")) {
      return resolver.resolve(primitive((String) tree.get("primitive")));
    }
    Class<?> raw = load((String) tree.get("class"));
    Object arguments = tree.get("arguments");
    if (arguments instanceof List<?> list && !list.isEmpty()) {
      ResolvedType[] resolved =
          list.stream().map(a -> resolve(child(a))).toArray(ResolvedType[]::new);
      return resolver.resolve(raw, (java.lang.reflect.Type[]) resolved);
    }
    return resolver.resolve(raw);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Object node) {
    return (Map<String, Object>) node;
  }

  private Class<?> load(String binaryName) {
    try {
      return Class.forName(binaryName, false, classes);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ModelException(
          "Cannot load the result type "
              + binaryName
              + " from the compile classpath ("
              + e
              + "): run the goal after compilation, in the module that declares the interface");
    }
  }

  private static Class<?> primitive(String name) {
    return switch (name) {
      case "boolean" -> boolean.class;
      case "byte" -> byte.class;
      case "char" -> char.class;
      case "short" -> short.class;
      case "int" -> int.class;
      case "long" -> long.class;
      case "float" -> float.class;
      case "double" -> double.class;
      default ->
          throw new ModelException("Unknown primitive type '" + name + "' in a Handback model");
    };
  }
}

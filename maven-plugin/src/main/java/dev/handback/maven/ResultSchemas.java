package dev.handback.maven;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.classmate.TypeResolver;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas (draft 2020-12) of result types, generated from the compiled classes with victools'
 * jsonschema-generator and its Jackson module, since Temporal's default data converter writes
 * results with Jackson.
 */
public final class ResultSchemas {
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
    this.generator =
        new SchemaGenerator(
            new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .without(Option.SCHEMA_VERSION_INDICATOR)
                .build());
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

package dev.handback.apitest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where a public API shows types it must keep to itself: as a supertype, or in a public or
 * protected member's signature (type arguments, bounds and arrays included). Shared by the
 * runtime's and the test kit's {@code PublicApiTest}.
 */
public final class ApiExposures {
  private final Predicate<String> hidden;

  private ApiExposures(Predicate<String> hidden) {
    this.hidden = hidden;
  }

  /** Finds the types whose binary names start with one of {@code prefixes}. */
  public static ApiExposures ofPackages(List<String> prefixes) {
    return new ApiExposures(name -> prefixes.stream().anyMatch(name::startsWith));
  }

  /** Every exposure in {@code type}'s own declaration, one line each. */
  public List<String> in(Class<?> type) {
    List<String> found = new ArrayList<>();
    check(type, "supertype", type.getGenericSuperclass(), found);
    for (Type implemented : type.getGenericInterfaces()) {
      check(type, "supertype", implemented, found);
    }
    for (Field field : type.getDeclaredFields()) {
      if (visible(field)) {
        check(type, field.getName(), field.getGenericType(), found);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor)) {
        for (Type parameter : constructor.getGenericParameterTypes()) {
          check(type, "constructor", parameter, found);
        }
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method) && !method.isSynthetic()) {
        List<Type> signature = new ArrayList<>(List.of(method.getGenericParameterTypes()));
        signature.add(method.getGenericReturnType());
        signature.addAll(List.of(method.getGenericExceptionTypes()));
        for (Type shown : signature) {
          check(type, method.getName() + "()", shown, found);
        }
      }
    }
    return found;
  }

  /** Every exposure in all of {@code types}. */
  public List<String> in(List<Class<?>> types) {
    List<String> found = new ArrayList<>();
    for (Class<?> type : types) {
      found.addAll(in(type));
    }
    return found;
  }

  /**
   * Every public type, nested ones included, under {@code packagePath} (such as {@code
   * "dev/handback"}) in the classes directory or jar root that holds {@code anchor}, except the
   * hidden ones and package-info.
   */
  public List<Class<?>> publicTypes(Class<?> anchor, String packagePath) {
    Path classes;
    try {
      classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve(packagePath))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
        if (hidden.test(name) || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
        if (Modifier.isPublic(type.getModifiers())) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return types;
  }

  private static boolean visible(Member member) {
    return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
  }

  private void check(Class<?> owner, String where, Type shown, List<String> found) {
    Set<String> names = new HashSet<>();
    collectHidden(shown, names, new HashSet<>());
    for (String name : names) {
      found.add(owner.getName() + " " + where + " shows " + name);
    }
  }

  private void collectHidden(Type type, Set<String> out, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> plain) {
      Class<?> element = plain;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (hidden.test(element.getName())) {
        out.add(element.getName());
      }
    } else if (type instanceof ParameterizedType parameterized) {
      collectHidden(parameterized.getRawType(), out, seen);
      collectHidden(parameterized.getOwnerType(), out, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        collectHidden(argument, out, seen);
      }
    } else if (type instanceof WildcardType wildcard) {
      Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
          .forEach(bound -> collectHidden(bound, out, seen));
    } else if (type instanceof GenericArrayType array) {
      collectHidden(array.getGenericComponentType(), out, seen);
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        collectHidden(bound, out, seen);
      }
    }
  }
}

package dev.handback.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit's public API ({@code dev.handback.testing}) never shows a type of {@code
 * dev.handback.internal} or {@code dev.handback.testing.internal}: not as a supertype, nor in a
 * public or protected member's signature. The same rule as the runtime's own PublicApiTest.
 */
class PublicApiTest {
  private static final List<String> INTERNAL =
      List.of("dev.handback.internal.", "dev.handback.testing.internal.");

  @Test
  void noPublicTypeOfTheKitShowsAnInternalType() throws Exception {
    List<Class<?>> api = apiTypes();
    assertTrue(api.contains(ExternalParty.class) && api.contains(Awaiting.class), api.toString());

    List<String> exposures = new ArrayList<>();
    for (Class<?> type : api) {
      exposures.addAll(exposures(type));
    }

    assertEquals(List.of(), exposures);
  }

  /** A public type that shows an internal one in each way the check looks at. */
  @SuppressWarnings("unused")
  public abstract static class Leaky
      implements Comparable<dev.handback.testing.internal.TestServer> {
    public dev.handback.internal.CompletionChannel field;

    protected Leaky(dev.handback.testing.internal.Wait wait) {}

    public abstract List<? extends dev.handback.testing.internal.Wait> method(
        dev.handback.internal.CompletionChannel[] channels);

    // Private members are not part of the API.
    private void hidden(dev.handback.testing.internal.Wait wait) {}
  }

  @Test
  void theCheckFindsEachWayAnInternalTypeCanShow() {
    assertEquals(5, exposures(Leaky.class).size(), exposures(Leaky.class).toString());
  }

  private static List<String> exposures(Class<?> type) {
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

  private static boolean visible(Member member) {
    return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
  }

  private static void check(Class<?> owner, String where, Type shown, List<String> found) {
    Set<String> internal = new HashSet<>();
    collectInternal(shown, internal, new HashSet<>());
    for (String name : internal) {
      found.add(owner.getName() + " " + where + " shows " + name);
    }
  }

  private static void collectInternal(Type type, Set<String> out, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> plain) {
      Class<?> element = plain;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      String name = element.getName();
      if (INTERNAL.stream().anyMatch(name::startsWith)) {
        out.add(name);
      }
    } else if (type instanceof ParameterizedType parameterized) {
      collectInternal(parameterized.getRawType(), out, seen);
      collectInternal(parameterized.getOwnerType(), out, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        collectInternal(argument, out, seen);
      }
    } else if (type instanceof WildcardType wildcard) {
      Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
          .forEach(bound -> collectInternal(bound, out, seen));
    } else if (type instanceof GenericArrayType array) {
      collectInternal(array.getGenericComponentType(), out, seen);
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        collectInternal(bound, out, seen);
      }
    }
  }

  /** Every public type, nested ones included, of {@code dev.handback.testing} in the kit's jar. */
  private static List<Class<?>> apiTypes() throws Exception {
    Path classes =
        Path.of(ExternalParty.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve("dev/handback/testing"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
        if (name.startsWith("dev.handback.testing.internal.") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
        if (Modifier.isPublic(type.getModifiers())) {
          types.add(type);
        }
      }
    }
    return types;
  }
}

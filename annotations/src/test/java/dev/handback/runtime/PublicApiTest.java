package dev.handback.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.handback.internal.CompletionChannel;
import java.io.IOException;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API ({@code dev.handback}, {@code dev.handback.runtime} and its subpackages) never
 * shows a type of {@code dev.handback.internal}, which only generated code and Handback's own
 * modules may use: not as a supertype, nor in a public or protected member's signature.
 */
class PublicApiTest {
  private static final String INTERNAL = "dev.handback.internal.";

  @Test
  void noPublicTypeOfTheApiShowsAnInternalType() throws Exception {
    List<Class<?>> api = apiTypes();
    assertFalse(api.size() < 20, "found only " + api + ": the scan is looking in the wrong place");

    List<String> exposures = new ArrayList<>();
    for (Class<?> type : api) {
      exposures.addAll(exposures(type));
    }

    assertEquals(List.of(), exposures);
  }

  /** A public type that shows an internal one in each way the check looks at. */
  @SuppressWarnings("unused")
  public abstract static class Leaky implements Comparable<CompletionChannel> {
    public CompletionChannel field;

    protected Leaky(CompletionChannel channel) {}

    public abstract List<? extends CompletionChannel> method(CompletionChannel[] channels);

    // Private members are not part of the API.
    private void hidden(CompletionChannel channel) {}
  }

  @Test
  void theCheckFindsEachWayAnInternalTypeCanShow() {
    List<String> exposures = exposures(Leaky.class);

    assertEquals(5, exposures.size(), exposures.toString());
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
      if (element.getName().startsWith(INTERNAL)) {
        out.add(element.getName());
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

  /** Every public type, nested ones included, of the API packages in the runtime's classes. */
  private static List<Class<?>> apiTypes() throws IOException, URISyntaxException {
    Path classes =
        Path.of(ReplyHandle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes.resolve("dev/handback"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
        if (name.startsWith(INTERNAL) || name.endsWith("package-info")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
          if (Modifier.isPublic(type.getModifiers())) {
            types.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return types;
  }
}

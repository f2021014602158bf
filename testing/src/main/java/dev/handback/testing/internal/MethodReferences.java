package dev.handback.testing.internal;

import java.io.Serializable;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Finds the activity method a test names with a method reference such as {@code
 * ReviewActivities::requestReview}, without calling it: Temporal's {@code Functions} types are
 * {@link Serializable}, so the reference can describe itself as a {@link SerializedLambda}.
 */
public final class MethodReferences {
  private MethodReferences() {}

  /**
   * The interface method {@code reference} names.
   *
   * @throws IllegalArgumentException if {@code reference} is a lambda, a bound reference ({@code
   *     stub::method}) or a reference to something other than an interface method
   */
  public static Method resolve(Serializable reference) {
    SerializedLambda lambda = serialized(reference);
    if (lambda.getImplMethodName().startsWith("lambda$")) {
      throw notAReference(reference, "a lambda");
    }
    if (lambda.getCapturedArgCount() != 0) {
      throw notAReference(reference, "a reference bound to an object (such as stub::method)");
    }
    if (lambda.getImplMethodKind() != MethodHandleInfo.REF_invokeInterface) {
      throw notAReference(reference, "a reference to a method of a class, not of an interface");
    }
    ClassLoader loader = reference.getClass().getClassLoader();
    MethodType instantiated =
        MethodType.fromMethodDescriptorString(lambda.getInstantiatedMethodType(), loader);
    Class<?> receiver = instantiated.parameterType(0);
    MethodType implementation =
        MethodType.fromMethodDescriptorString(lambda.getImplMethodSignature(), loader);
    for (Method method : receiver.getMethods()) {
      if (method.getName().equals(lambda.getImplMethodName())
          && Arrays.equals(method.getParameterTypes(), implementation.parameterArray())
          && method.getReturnType() == implementation.returnType()) {
        return method;
      }
    }
    throw new IllegalArgumentException(
        "No method " + lambda.getImplMethodName() + " on " + receiver.getName());
  }

  /** The interface {@code reference} calls its method on, such as {@code ReviewActivities}. */
  public static Class<?> receiver(Serializable reference) {
    SerializedLambda lambda = serialized(reference);
    return MethodType.fromMethodDescriptorString(
            lambda.getInstantiatedMethodType(), reference.getClass().getClassLoader())
        .parameterType(0);
  }

  private static SerializedLambda serialized(Serializable reference) {
    try {
      Method writeReplace = reference.getClass().getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      if (writeReplace.invoke(reference) instanceof SerializedLambda lambda) {
        return lambda;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw notAReference(reference, "not a method reference (" + e + ")");
    }
    throw notAReference(reference, "not a method reference");
  }

  private static IllegalArgumentException notAReference(Object reference, String what) {
    return new IllegalArgumentException(
        "Name the activity method with a method reference to its interface, such as"
            + " ReviewActivities::requestReview; got "
            + what
            + ": "
            + reference);
  }
}

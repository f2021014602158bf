package dev.handback.internal;

import dev.handback.runtime.ReplyRoute;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Captures a generic type, such as {@code List<Receipt>}, for code that needs it at run time:
 * {@code new TypeToken<List<Receipt>>() {}.type()}. Generated completers use it for the result
 * types of their {@link ReplyRoute}s.
 *
 * @param <T> the captured type
 */
public abstract class TypeToken<T> {
  private final Type type;

  /** Reads the type argument of the anonymous subclass. */
  protected TypeToken() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)) {
      throw new IllegalStateException(
          "Create a TypeToken as an anonymous subclass with a type argument");
    }
    this.type = parameterized.getActualTypeArguments()[0];
  }

  /** The captured type. */
  public final Type type() {
    return type;
  }
}

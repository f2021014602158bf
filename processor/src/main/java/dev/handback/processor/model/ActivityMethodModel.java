package dev.handback.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Locale;
import java.util.Optional;

/**
 * One activity method Handback generates for.
 *
 * @param name the Java method name
 * @param activityType the activity type name Temporal registers it under
 * @param resultType the boxed result type; empty for {@code void}
 * @param path the way its result comes back
 * @param options the activity options declared by its annotation
 * @param external the signal and wait of an {@code @ExternalResult} method; empty on other paths
 * @param retryExternalFailures whether the activity's retry policy also retries the failures its
 *     external party reports; false means they are final, and always on paths other than
 *     {@code @AsyncCompletable}
 * @param handleScope what the handle of an {@code @AsyncCompletable} method addresses ({@link
 *     HandleScope#ACTIVITY} on the other paths, where it means nothing)
 * @param primitiveResult whether the method returns a primitive (so {@code resultType} is its box,
 *     and a reply must not be null)
 */
public record ActivityMethodModel(
    String name,
    String activityType,
    Optional<TypeName> resultType,
    ResultPath path,
    ActivityOptionsModel options,
    Optional<ExternalResultModel> external,
    boolean retryExternalFailures,
    HandleScope handleScope,
    boolean primitiveResult) {
  /** The name with its first letter in upper case, as in {@code RequestReviewHandle}. */
  public String capitalizedName() {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The name in upper snake case, as in {@code REQUEST_REVIEW}: an underscore before each
   * upper-case ASCII letter that follows a lower-case ASCII letter or a digit.
   */
  public String constantName() {
    StringBuilder constant = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && isAsciiUpperCase(c) && isAsciiLowerCaseOrDigit(name.charAt(i - 1))) {
        constant.append('_');
      }
      constant.append(c);
    }
    return constant.toString().toUpperCase(Locale.ROOT);
  }

  private static boolean isAsciiUpperCase(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiLowerCaseOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** The result type as a type argument: the boxed result, or {@code Void}. */
  public TypeName resultTypeArgument() {
    return resultType.orElse(ClassName.get(Void.class));
  }

  /**
   * The result type as the method declares it: a primitive stays primitive ({@code int}, not {@code
   * Integer}), so that a receiver of replies from outside Java refuses null for it; {@code void}
   * for none.
   */
  public TypeName declaredResultType() {
    TypeName result = resultType.orElse(TypeName.VOID);
    return primitiveResult ? result.unbox() : result;
  }

  /** The name of the constant that holds its signal name, as in {@code REQUEST_REVIEW_SIGNAL}. */
  public String signalConstantName() {
    return constantName() + "_SIGNAL";
  }

  /**
   * The kind of address the handles {@code FooAsync} makes for it carry: {@code a} (activity by
   * ids), {@code t} (task token) or {@code s} (signal); empty on the polling path.
   */
  public Optional<String> handleKind() {
    return switch (path) {
      case ASYNC_COMPLETION -> Optional.of(handleScope == HandleScope.ATTEMPT ? "t" : "a");
      case EXTERNAL_RESULT -> Optional.of("s");
      case POLLED -> Optional.empty();
    };
  }

  /** Whether the activity side can record a call key: handles by ids on the completion path. */
  public boolean takesCallKeys() {
    return path == ResultPath.ASYNC_COMPLETION && handleScope == HandleScope.ACTIVITY;
  }

  /** Whether the activity returns nothing. */
  public boolean returnsVoid() {
    return resultType.isEmpty();
  }
}

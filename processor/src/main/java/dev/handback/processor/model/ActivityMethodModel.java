package dev.handback.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

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
 */
public record ActivityMethodModel(
    String name,
    String activityType,
    Optional<TypeName> resultType,
    ResultPath path,
    ActivityOptionsModel options,
    Optional<ExternalResultModel> external,
    boolean retryExternalFailures) {
  private static final Pattern WORD_BOUNDARY = Pattern.compile("([a-z0-9])([A-Z])");

  /** The name with its first letter in upper case, as in {@code RequestReviewHandle}. */
  public String capitalizedName() {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The name in upper snake case, as in {@code REQUEST_REVIEW}. */
  public String constantName() {
    return WORD_BOUNDARY.matcher(name).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The result type as a type argument: the boxed result, or {@code Void}. */
  public TypeName resultTypeArgument() {
    return resultType.orElse(ClassName.get(Void.class));
  }

  /** The name of the constant that holds its signal name, as in {@code REQUEST_REVIEW_SIGNAL}. */
  public String signalConstantName() {
    return constantName() + "_SIGNAL";
  }

  /** Whether the activity returns nothing. */
  public boolean returnsVoid() {
    return resultType.isEmpty();
  }
}

package dev.handback.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Locale;
import java.util.Optional;

/**
 * One activity method Handback generates for.
 *
 * @param name the Java method name
 * @param activityType the activity type name Temporal registers it under
 * @param resultType the boxed result type; empty for {@code void}
 * @param options the activity options declared by its annotation
 */
public record ActivityMethodModel(
    String name, String activityType, Optional<TypeName> resultType, ActivityOptionsModel options) {

  /** The name with its first letter in upper case, as in {@code RequestReviewHandle}. */
  public String capitalizedName() {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The name in upper snake case, as in {@code REQUEST_REVIEW}. */
  public String constantName() {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** Whether the activity returns nothing. */
  public boolean returnsVoid() {
    return resultType.isEmpty();
  }
}

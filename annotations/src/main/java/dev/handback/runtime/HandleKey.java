package dev.handback.runtime;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names the activity method a reply handle was made for: the simple name of its activity interface
 * and the Java method name, for example {@code ReviewActivities.requestReview}. Encoded handles
 * carry it in clear text, so a handle can be told apart from another method's before any call to
 * Temporal.
 */
public final class HandleKey {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final String interfaceName;
  private final String methodName;

  private HandleKey(String interfaceName, String methodName) {
    this.interfaceName = requireSegment(interfaceName, "interface name");
    this.methodName = requireSegment(methodName, "method name");
  }

  /**
   * The key of one activity method.
   *
   * @param interfaceName simple name of the activity interface, ASCII letters, digits and {@code _}
   * @param methodName Java name of the activity method, ASCII letters, digits and {@code _}
   */
  public static HandleKey of(String interfaceName, String methodName) {
    return new HandleKey(interfaceName, methodName);
  }

  /** Whether {@code text} can be one part of a key: ASCII letters, digits and {@code _}. */
  public static boolean isValidSegment(String text) {
    return SEGMENT.matcher(text).matches();
  }

  private static String requireSegment(String value, String what) {
    Objects.requireNonNull(value, what);
    if (!isValidSegment(value)) {
      throw new IllegalArgumentException(
          "A handle's " + what + " must be ASCII letters, digits and '_': '" + value + "'");
    }
    return value;
  }

  /** Simple name of the activity interface. */
  public String interfaceName() {
    return interfaceName;
  }

  /** Java name of the activity method. */
  public String methodName() {
    return methodName;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HandleKey key
        && key.interfaceName.equals(interfaceName)
        && key.methodName.equals(methodName);
  }

  @Override
  public int hashCode() {
    return interfaceName.hashCode() * 31 + methodName.hashCode();
  }

  /** {@code Interface.method}, as shown in encoded handles and messages. */
  @Override
  public String toString() {
    return interfaceName + "." + methodName;
  }
}

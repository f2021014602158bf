package dev.handback.runtime;

/**
 * An intact handle passed to the wrong method: it was made for {@link #handleMethod()} and parsed
 * as a handle of {@link #expectedMethod()}.
 */
public final class HandleForOtherMethodException extends InvalidHandleException {
  private static final long serialVersionUID = 1L;

  private final transient HandleKey expectedMethod;
  private final transient HandleKey handleMethod;

  /** A handle of {@code handleMethod} was parsed as one of {@code expectedMethod}. */
  public HandleForOtherMethodException(HandleKey expectedMethod, HandleKey handleMethod) {
    super(
        Reason.OTHER_METHOD,
        "This handle was made for "
            + handleMethod
            + ", not for "
            + expectedMethod
            + ": parse it with "
            + handleMethod.interfaceName()
            + "Completer."
            + upperFirst(handleMethod.methodName())
            + "Handle.parse and complete it through completer."
            + handleMethod.methodName()
            + "(handle)");
    this.expectedMethod = expectedMethod;
    this.handleMethod = handleMethod;
  }

  private static String upperFirst(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The method whose handle was expected. */
  public HandleKey expectedMethod() {
    return expectedMethod;
  }

  /** The method the handle was made for. */
  public HandleKey handleMethod() {
    return handleMethod;
  }
}

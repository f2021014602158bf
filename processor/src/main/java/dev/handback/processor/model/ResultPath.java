package dev.handback.processor.model;

/** The three ways a result comes back, each chosen by one annotation. */
public enum ResultPath {
  /** {@code @AsyncCompletable}: the external party completes the activity by task token. */
  ASYNC_COMPLETION("AsyncCompletable"),
  /** {@code @ExternalResult}: the activity completes at once; the result comes by signal. */
  EXTERNAL_RESULT("ExternalResult"),
  /** {@code @Polled}: the activity is retried on a fixed interval until the result is ready. */
  POLLED("Polled");

  private final String simpleName;

  ResultPath(String simpleName) {
    this.simpleName = simpleName;
  }

  /** The annotation's simple name, as diagnostics cite it. */
  public String annotationName() {
    return simpleName;
  }

  /** The annotation's qualified name. */
  public String qualifiedName() {
    return "dev.handback." + simpleName;
  }

  /** Whether an external party replies through a generated completer. */
  public boolean hasReply() {
    return this != POLLED;
  }
}

package dev.handback.testing.internal;

/** The way a method's result comes back, as the Handback model names it. */
public enum ResultPath {
  /** {@code @AsyncCompletable}: the activity hands off and is completed later by task token. */
  ASYNC_COMPLETION("completion", "@AsyncCompletable"),
  /** {@code @ExternalResult}: the activity completes; the result reaches the workflow's inbox. */
  EXTERNAL_RESULT("signal", "@ExternalResult"),
  /** {@code @Polled}: the activity is retried on a fixed interval until it answers. */
  POLLED("polling", "@Polled");

  private final String modelName;
  private final String annotation;

  ResultPath(String modelName, String annotation) {
    this.modelName = modelName;
    this.annotation = annotation;
  }

  /** The annotation that chooses this path, such as {@code @Polled}. */
  public String annotation() {
    return annotation;
  }

  static ResultPath fromModel(String name) {
    for (ResultPath path : values()) {
      if (path.modelName.equals(name)) {
        return path;
      }
    }
    throw new IllegalArgumentException("Unknown path '" + name + "' in a Handback model");
  }
}

package dev.handback.bench.maven;

/** How javac treats annotations in the build of a throw-away project. */
enum AnnotationProcessing {
  /** Handback's processor on the annotation processor path, as a user sets it up. */
  HANDBACK(
      """
      <annotationProcessorPaths>
                  <path>
                    <groupId>dev.handback</groupId>
                    <artifactId>handback-processor</artifactId>
                    <version>%s</version>
                  </path>
                </annotationProcessorPaths>"""),
  /**
   * None ({@code -proc:none}): the processor's output is among the sources, as a team that checked
   * the generated code in builds it.
   */
  NONE("<proc>none</proc>");

  private final String configuration;

  AnnotationProcessing(String configuration) {
    this.configuration = configuration;
  }

  /** The maven-compiler-plugin's configuration elements that set this up. */
  String compilerConfiguration(String handbackVersion) {
    return configuration.formatted(handbackVersion);
  }
}

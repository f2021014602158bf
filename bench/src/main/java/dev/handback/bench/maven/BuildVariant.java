package dev.handback.bench.maven;

import java.util.List;

/** What one Maven build of the throw-away project runs. */
enum BuildVariant {
  /** The lifecycle up to {@code compile}: resources, and javac with the Handback processor. */
  COMPILE("mvn compile", "compile"),
  /**
   * The same, then the plugin's three goals in the order a {@code package} build with the
   * documented configuration runs them.
   */
  WITH_PLUGIN(
      "mvn compile handback:check handback:contract handback:completer-jar",
      "compile handback:check handback:contract handback:completer-jar");

  private final String label;
  private final String goals;

  BuildVariant(String label, String goals) {
    this.label = label;
    this.goals = goals;
  }

  String label() {
    return label;
  }

  /** The goals and phases on Maven's command line. */
  List<String> goals() {
    return List.of(goals.split(" "));
  }
}

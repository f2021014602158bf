package dev.handback.bench.compile;

import java.util.Locale;

/**
 * What a file Handback generates is, read from its name: the external party's completer, the
 * activity side, the options, the signal interface and the workflow's inbox (by the suffix of the
 * type's name), and the JSON model (a resource); {@link #OTHER} for anything else, such as a peer's
 * files.
 */
enum GeneratedFileKind {
  COMPLETER("Completer"),
  ASYNC("Async"),
  OPTIONS("Options"),
  SIGNALS("Signals"),
  INBOX("Inbox"),
  JSON("JSON"),
  OTHER("other");

  private final String label;

  GeneratedFileKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The kind of the source file of type {@code name} (qualified or simple). */
  static GeneratedFileKind ofSource(String name) {
    for (GeneratedFileKind kind : values()) {
      if (kind != JSON && kind != OTHER && name.endsWith(kind.label)) {
        return kind;
      }
    }
    return OTHER;
  }

  /** The kind of the resource {@code relativeName}. */
  static GeneratedFileKind ofResource(String relativeName) {
    return relativeName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : OTHER;
  }
}

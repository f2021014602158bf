package dev.handback.maven.proof;

import java.util.List;

/** What a reviewer decided. */
public record Verdict(boolean approved, String reviewer, List<String> notes) {}

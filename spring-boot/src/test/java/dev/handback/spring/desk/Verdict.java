package dev.handback.spring.desk;

/** What a desk decided about a document. */
public record Verdict(boolean approved, String by) {}

package dev.handback.samples.springboot;

/** What the review desk decided. */
public record ReviewDecision(boolean approved, String reviewer, String comment) {}

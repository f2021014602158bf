package dev.handback.samples.springboot;

/** A document to review. */
public record Document(String id, String title) {}

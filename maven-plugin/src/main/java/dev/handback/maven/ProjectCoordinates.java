package dev.handback.maven;

/** The Maven coordinates a contract belongs to. */
public record ProjectCoordinates(String groupId, String artifactId, String version) {}

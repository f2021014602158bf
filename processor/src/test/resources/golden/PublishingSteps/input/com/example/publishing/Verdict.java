package com.example.publishing;

/** What a reviewer decided. */
public record Verdict(boolean approved, String comment) {}

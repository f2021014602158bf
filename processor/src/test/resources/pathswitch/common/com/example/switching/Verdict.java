package com.example.switching;

/** The sign-off's outcome. */
public record Verdict(boolean approved, String by) {}

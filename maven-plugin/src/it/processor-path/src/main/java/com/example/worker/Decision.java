package com.example.worker;

/** What a reviewer decided. */
public record Decision(boolean approved, String reviewer) {}

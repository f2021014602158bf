package com.example.worker;

/** A document to review. */
public record Document(String id, String title) {}

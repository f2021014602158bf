package com.example.orders;

/** A supplier's answer. */
public record Confirmation(boolean accepted, String supplierReference) {}

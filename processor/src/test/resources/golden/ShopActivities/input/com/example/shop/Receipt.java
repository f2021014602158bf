package com.example.shop;

/** Golden input: a top-level result record. */
public record Receipt(String paymentId, Amount charged) {}

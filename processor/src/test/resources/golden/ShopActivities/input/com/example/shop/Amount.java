package com.example.shop;

import java.math.BigDecimal;

/** Golden input: a money amount. */
public record Amount(BigDecimal value, String currency) {}

package com.example.desk;

/** How a ticket was resolved. */
public record Resolution(boolean solved, String answer, Priority finalPriority) {}

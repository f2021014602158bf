package com.example.desk;

/** A help-desk ticket. */
public record Ticket(String id, String subject, Priority priority) {}

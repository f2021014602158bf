package com.example.desk;

/** How urgent a ticket is. */
public enum Priority {
  LOW,
  HIGH
}

package com.example.plain;

/** Nothing for Handback here. */
public final class Greeter {
  private Greeter() {}

  /** A greeting. */
  public static String greet(String name) {
    return "Hello, " + name;
  }
}

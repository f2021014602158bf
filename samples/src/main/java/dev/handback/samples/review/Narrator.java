package dev.handback.samples.review;

import java.io.PrintStream;

/** Prints the sample's steps, each prefixed with who acts, so the hand-off can be followed. */
public final class Narrator {
  private static final PrintStream OUT = System.out;
  private static final int SHORT_HANDLE_END = 44;

  private Narrator() {}

  /** A step of the sample itself: connecting, starting, results. */
  public static void sample(String message) {
    print("sample", message);
  }

  /** A step of workflow code. */
  public static void workflow(String message) {
    print("workflow", message);
  }

  /** A step of an activity implementation, on a worker. */
  public static void activity(String message) {
    print("activity", message);
  }

  /** A step of the review desk, the external system. */
  public static void desk(String message) {
    print("review desk", message);
  }

  /** The start and length of an encoded handle: enough to recognise it, too short to use. */
  public static String shorten(String encoded) {
    if (encoded.length() <= SHORT_HANDLE_END) {
      return encoded;
    }
    return encoded.substring(0, SHORT_HANDLE_END) + "... (" + encoded.length() + " chars)";
  }

  private static void print(String actor, String message) {
    synchronized (OUT) {
      OUT.printf("%-13s %s%n", "[" + actor + "]", message);
    }
  }
}

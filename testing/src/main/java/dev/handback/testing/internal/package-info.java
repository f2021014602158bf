/**
 * How the test kit works: the model of annotated methods, the hand-offs seen in this JVM, the
 * stand-in, the test server's clock and locks. Not for tests to call: these types may change in any
 * release without notice. Use {@code dev.handback.testing} instead.
 */
package dev.handback.testing.internal;

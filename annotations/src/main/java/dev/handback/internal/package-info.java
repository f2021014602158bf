/**
 * Support for generated code and for Handback's own modules (the webhook receiver, the test kit):
 * the handle codec, the activity hand-off, the reply implementations and the channel they send
 * through. Not for application code: these types may change in any release without notice. Use the
 * generated types and {@code dev.handback.runtime} instead.
 */
package dev.handback.internal;

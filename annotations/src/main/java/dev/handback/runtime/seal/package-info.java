/**
 * Sealed handles for parties that must not forge or reuse one: {@link
 * dev.handback.runtime.seal.HandleSealer} wraps a handle with an expiry and an HMAC-SHA256
 * signature, verified in constant time before any call to Temporal.
 */
package dev.handback.runtime.seal;

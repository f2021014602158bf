/**
 * What users and external teams call: reply handles ({@link dev.handback.runtime.ReplyHandle},
 * {@link dev.handback.runtime.HandleKey}, {@link dev.handback.runtime.ReplyAddress}), the replies a
 * generated completer returns ({@link dev.handback.runtime.Reply}, {@link
 * dev.handback.runtime.CompletionReply} and their {@code Void} forms), a workflow's inbox slot
 * ({@link dev.handback.runtime.ExternalResultSlot}), and the exceptions a reply or a hand-off can
 * meet. Types here are Handback's compatibility promise; none shows a type of {@code
 * dev.handback.internal}.
 */
package dev.handback.runtime;

package dev.handback.cli;

import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import dev.handback.runtime.ReplyHandle;

/**
 * A handle of any method, for the command line, which knows methods from their contract rather than
 * from generated classes: a reply through it goes where its address says, as a generated handle's
 * would.
 */
final class OperatorHandle extends ReplyHandle {
  OperatorHandle(HandleKey key, ReplyAddress address) {
    super(key, address);
  }
}

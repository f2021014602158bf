package dev.handback.bench.runtime;

import dev.handback.bench.runtime.OrderActivitiesCompleter.ApproveHandle;
import dev.handback.runtime.ReplyAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Hands every activity off to {@link #outbox}, the simulated external system's inbox. */
final class OrderActivitiesImpl implements OrderActivities {
  final BlockingQueue<Waiting> outbox = new LinkedBlockingQueue<>();

  @Override
  public Receipt approve(Order order) {
    ApproveHandle handle = OrderActivitiesAsync.approve();
    byte[] token = ((ReplyAddress.TaskToken) handle.address()).token();
    outbox.add(new Waiting(handle.encode(), token, order.id()));
    return null;
  }
}

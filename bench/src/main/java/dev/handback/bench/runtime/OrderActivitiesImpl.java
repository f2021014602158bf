package dev.handback.bench.runtime;

import dev.handback.bench.runtime.OrderActivitiesCompleter.ApproveHandle;
import dev.handback.runtime.ReplyAddress;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Hands every activity off to {@link #outbox}, the simulated external system's inbox. */
final class OrderActivitiesImpl implements OrderActivities {
  final BlockingQueue<Waiting> outbox = new LinkedBlockingQueue<>();

  @Override
  public Receipt approve(Order order) {
    ApproveHandle handle = OrderActivitiesAsync.approve();
    ActivityExecutionContext context = Activity.getExecutionContext();
    byte[] token = context.getTaskToken();
    outbox.add(
        new Waiting(
            handle.encode(),
            ApproveHandle.of(new ReplyAddress.TaskToken(token)).encode(),
            token,
            context.getInfo().getWorkflowId(),
            order.id()));
    return null;
  }
}

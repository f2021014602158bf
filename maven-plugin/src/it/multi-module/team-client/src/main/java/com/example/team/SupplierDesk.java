package com.example.team;

import com.example.orders.Confirmation;
import com.example.orders.OrderActivitiesCompleter;
import io.temporal.client.WorkflowClient;

/** The supplier team's code: compiles against the completer jar, not the worker. */
public final class SupplierDesk {
  private final OrderActivitiesCompleter completer;

  /** A desk replying through {@code client}. */
  public SupplierDesk(WorkflowClient client) {
    this.completer = new OrderActivitiesCompleter(client);
  }

  /** Accepts the order {@code handle} was made for. */
  public void accept(String handle, String reference) {
    completer
        .confirm(OrderActivitiesCompleter.ConfirmHandle.parse(handle))
        .complete(new Confirmation(true, reference));
  }
}

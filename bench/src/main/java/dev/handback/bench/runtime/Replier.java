package dev.handback.bench.runtime;

import dev.handback.bench.runtime.OrderActivities.Receipt;
import dev.handback.bench.runtime.OrderActivitiesCompleter.ApproveHandle;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.WorkflowClient;

/** How the simulated external system completes a waiting activity. */
enum Replier {
  /**
   * Through the generated completer, from an encoded task-token handle ({@code handleScope =
   * ATTEMPT}): the baseline of the other generated variants.
   */
  TOKEN("generated, task-token handle") {
    @Override
    Reply connect(WorkflowClient client) {
      OrderActivitiesCompleter completer = new OrderActivitiesCompleter(client);
      return waiting ->
          completer.approve(ApproveHandle.parse(waiting.tokenHandle())).complete(receipt(waiting));
    }
  },
  /** Through the generated completer, from the encoded handle by ids (the default). */
  BY_IDS("generated, handle by ids") {
    @Override
    Reply connect(WorkflowClient client) {
      OrderActivitiesCompleter completer = new OrderActivitiesCompleter(client);
      return waiting ->
          completer.approve(ApproveHandle.parse(waiting.handle())).complete(receipt(waiting));
    }
  },
  /**
   * Through the generated completer by business key alone: a {@code DescribeWorkflowExecution} to
   * find the pending activity, then the completion by ids.
   */
  BY_BUSINESS_KEY("generated, forWorkflow(workflowId)") {
    @Override
    Reply connect(WorkflowClient client) {
      OrderActivitiesCompleter completer = new OrderActivitiesCompleter(client);
      return waiting ->
          completer
              .approve(ApproveHandle.forWorkflow(waiting.workflowId()))
              .complete(receipt(waiting));
    }
  },
  /** Temporal's own client with the raw task token already in hand: the physical limit. */
  RAW("raw ActivityCompletionClient, token") {
    @Override
    Reply connect(WorkflowClient client) {
      ActivityCompletionClient completions = client.newActivityCompletionClient();
      return waiting -> completions.complete(waiting.token(), receipt(waiting));
    }
  };

  private final String label;

  Replier(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** A reply function bound to {@code client}, made once per server, before any timing. */
  abstract Reply connect(WorkflowClient client);

  private static Receipt receipt(Waiting waiting) {
    return new Receipt(waiting.orderId(), true, "desk", 100);
  }

  /** Completes one waiting activity. */
  @FunctionalInterface
  interface Reply {
    void complete(Waiting waiting);
  }
}

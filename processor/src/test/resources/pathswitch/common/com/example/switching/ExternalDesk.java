package com.example.switching;

import dev.handback.runtime.Reply;
import io.temporal.client.WorkflowClient;

/**
 * The external team's code: the one source compiled unchanged against both versions of
 * SignOffActivities, with signOff first @AsyncCompletable and then @ExternalResult. It declares
 * the reply's type, Reply, which both paths' completers return.
 */
public final class ExternalDesk {
  private ExternalDesk() {}

  /** Approves the sign-off whose handle text the desk received. */
  public static void approve(WorkflowClient client, String handleText) {
    SignOffActivitiesCompleter completer = new SignOffActivitiesCompleter(client);
    Reply<Verdict> reply =
        completer.signOff(SignOffActivitiesCompleter.SignOffHandle.parse(handleText));
    reply.complete(new Verdict(true, "desk"));
  }

  /** Refuses the sign-off whose handle text the desk received. */
  public static void refuse(WorkflowClient client, String handleText) {
    Reply<Verdict> reply =
        new SignOffActivitiesCompleter(client)
            .signOff(SignOffActivitiesCompleter.SignOffHandle.parse(handleText));
    reply.fail(new IllegalStateException("not signed"));
  }
}

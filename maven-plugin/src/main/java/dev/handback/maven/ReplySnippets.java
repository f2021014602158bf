package dev.handback.maven;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The "how to reply" part of one activity in {@code contract.md}, for its path: the exact calls in
 * Java (the generated completer), TypeScript ({@code @temporalio/client}), Python ({@code
 * temporalio}), Go ({@code go.temporal.io/sdk}) and the Temporal CLI, written from the activity's
 * entry in {@code contract.json}, for the kind of handle it hands out. The snippets use the page's
 * {@code decodeHandle} functions.
 */
final class ReplySnippets {

  /**
   * Path {@code completion}: the activity-completion calls, by the ids a kind-a handle carries or
   * with the task token of a kind-t handle.
   */
  void completion(JsonNode activity, StringBuilder md) {
    Names names = new Names(activity);
    boolean retried = "retried".equals(activity.path("externalFailures").asText());
    md.append(
        retried
            ? "\nA failure you report goes through the activity's retry policy: a retry runs the"
                + " activity again, which sends you a new request. Mark a final failure"
                + " non-retryable (the CLI's always is).\n"
            : "\nA failure you report is final: send it non-retryable, as below, and the activity"
                + " fails at once, not retried.\n");
    if (!activity.path("timeouts").path("heartbeat").isNull()) {
      md.append("\nHeartbeat at least every ")
          .append(activity.path("timeouts").path("heartbeat").asText())
          .append(", or Temporal times the attempt out and retries it.\n");
    }
    boolean byIds = "a".equals(activity.path("handle").path("kind").asText());
    md.append(
        byIds
            ? "\nThe handle addresses the activity by its ids, the same for every attempt: a reply"
                + " reaches the attempt that is current, and a request sent again by a retried"
                + " attempt carries the same handle.\n"
            : "\nThe handle carries the task token of one attempt: once that attempt is over (also"
                + " when Temporal retried it), a reply through it is refused, and the retried"
                + " attempt sends a new handle.\n");
    md.append("\n### Java (generated completer, from the `completer` jar)\n\n```java\n")
        .append(names.javaReply())
        .append(
            names.isVoid
                ? "reply.complete();                    // or:\n"
                : "reply.complete(result);              // or:\n")
        .append(
            retried
                ? "reply.fail(new IllegalStateException(\"why\"));  // the retry policy decides\n"
                : "reply.fail(new IllegalStateException(\"why\"));  // final: not retried\n")
        .append(
            "reply.heartbeat(progress);           // throws ActivityCancellationRequestedException when cancelled\n")
        .append("reply.reportCancellation();\n```\n");
    if (byIds) {
      byIds(activity, names, retried, md);
    } else {
      byTaskToken(names, retried, md);
    }
  }

  private static void byIds(JsonNode activity, Names names, boolean retried, StringBuilder md) {
    String prefix = names.prefix;
    md.append("\n### TypeScript (`@temporalio/client`)\n\n```ts\n")
        .append("import { Client, ApplicationFailure } from '@temporalio/client';\n")
        .append("const ids = JSON.parse(Buffer.from(decodeHandle(handle, '")
        .append(prefix)
        .append("')).toString('utf8'));\n")
        .append(
            "const activity = { workflowId: ids.workflowId, runId: ids.runId || undefined, activityId: ids.activityId };\n")
        .append(
            names.isVoid
                ? "await client.activity.complete(activity);\n"
                : "await client.activity.complete(activity, result);\n")
        .append(
            "await client.activity.fail(activity, ApplicationFailure.create({ type: 'Rejected', message: 'why'")
        .append(retried ? "" : ", nonRetryable: true")
        .append(" }));\n")
        .append("await client.activity.heartbeat(activity, progress);\n")
        .append("await client.activity.reportCancellation(activity);\n```\n");
    md.append("\n### Python (`temporalio`)\n\n```python\n")
        .append("import json\n")
        .append("from temporalio.exceptions import ApplicationError\n")
        .append("ids = json.loads(decode_handle(text, \"")
        .append(prefix)
        .append("\"))\n")
        .append("handle = client.get_async_activity_handle(\n")
        .append(
            "    workflow_id=ids[\"workflowId\"], run_id=ids[\"runId\"] or None, activity_id=ids[\"activityId\"])\n")
        .append(names.isVoid ? "await handle.complete()\n" : "await handle.complete(result)\n")
        .append("await handle.fail(ApplicationError(\"why\", type=\"Rejected\"")
        .append(retried ? "" : ", non_retryable=True")
        .append("))\n")
        .append("await handle.heartbeat(progress)\n")
        .append("await handle.report_cancellation()\n```\n");
    md.append("\n### Go (`go.temporal.io/sdk/client`)\n\n```go\n")
        .append("body, err := decodeHandle(handle, \"")
        .append(prefix)
        .append("\")\n")
        .append("var ids struct {\n")
        .append("\tWorkflowID string `json:\"workflowId\"`\n")
        .append("\tRunID      string `json:\"runId\"`\n")
        .append("\tActivityID string `json:\"activityId\"`\n")
        .append("}\n")
        .append("err = json.Unmarshal(body, &ids)\n")
        .append(
            "err = c.CompleteActivityByID(ctx, namespace, ids.WorkflowID, ids.RunID, ids.ActivityID, ")
        .append(names.isVoid ? "nil" : "result")
        .append(", nil)\n")
        .append(
            retried
                ? "err = c.CompleteActivityByID(ctx, namespace, ids.WorkflowID, ids.RunID, ids.ActivityID, nil, temporal.NewApplicationError(\"why\", \"Rejected\"))\n"
                : "err = c.CompleteActivityByID(ctx, namespace, ids.WorkflowID, ids.RunID, ids.ActivityID, nil, temporal.NewNonRetryableApplicationError(\"why\", \"Rejected\", nil))\n")
        .append(
            "err = c.RecordActivityHeartbeatByID(ctx, namespace, ids.WorkflowID, ids.RunID, ids.ActivityID, progress)\n")
        .append(
            "err = c.CompleteActivityByID(ctx, namespace, ids.WorkflowID, ids.RunID, ids.ActivityID, nil, temporal.NewCanceledError())\n```\n");
    bashDecoding(activity, prefix, "ids", md);
    md.append(
            "target=(--workflow-id \"$(jq -r .workflowId <<<\"$ids\")\" --run-id \"$(jq -r .runId <<<\"$ids\")\"")
        .append(" --activity-id \"$(jq -r .activityId <<<\"$ids\")\")\n")
        .append("temporal activity complete \"${target[@]}\" --result '")
        .append(names.isVoid ? "null" : "<result JSON>")
        .append("'\n")
        .append("temporal activity fail \"${target[@]}\" --reason 'why'\n")
        .append("```\n");
  }

  private static void byTaskToken(Names names, boolean retried, StringBuilder md) {
    String prefix = names.prefix;
    md.append("\n### TypeScript (`@temporalio/client`)\n\n```ts\n")
        .append("import { Client, ApplicationFailure } from '@temporalio/client';\n")
        .append("const taskToken = decodeHandle(handle, '")
        .append(prefix)
        .append("');\n")
        .append(
            names.isVoid
                ? "await client.activity.complete(taskToken);\n"
                : "await client.activity.complete(taskToken, result);\n")
        .append(
            "await client.activity.fail(taskToken, ApplicationFailure.create({ type: 'Rejected', message: 'why'")
        .append(retried ? "" : ", nonRetryable: true")
        .append(" }));\n")
        .append("await client.activity.heartbeat(taskToken, progress);\n")
        .append("await client.activity.reportCancellation(taskToken);\n```\n");
    md.append("\n### Python (`temporalio`)\n\n```python\n")
        .append("from temporalio.exceptions import ApplicationError\n")
        .append("handle = client.get_async_activity_handle(task_token=decode_handle(text, \"")
        .append(prefix)
        .append("\"))\n")
        .append(names.isVoid ? "await handle.complete()\n" : "await handle.complete(result)\n")
        .append("await handle.fail(ApplicationError(\"why\", type=\"Rejected\"")
        .append(retried ? "" : ", non_retryable=True")
        .append("))\n")
        .append("await handle.heartbeat(progress)\n")
        .append("await handle.report_cancellation()\n```\n");
    md.append("\n### Go (`go.temporal.io/sdk/client`)\n\n```go\n")
        .append("taskToken, err := decodeHandle(handle, \"")
        .append(prefix)
        .append("\")\n")
        .append("err = c.CompleteActivity(ctx, taskToken, ")
        .append(names.isVoid ? "nil" : "result")
        .append(", nil)\n")
        .append(
            retried
                ? "err = c.CompleteActivity(ctx, taskToken, nil, temporal.NewApplicationError(\"why\", \"Rejected\"))\n"
                : "err = c.CompleteActivity(ctx, taskToken, nil, temporal.NewNonRetryableApplicationError(\"why\", \"Rejected\", nil))\n")
        .append("err = c.RecordActivityHeartbeat(ctx, taskToken, progress)\n")
        .append(
            "err = c.CompleteActivity(ctx, taskToken, nil, temporal.NewCanceledError())\n```\n");
    md.append("\n### Temporal CLI\n\n")
        .append(
            "The CLI addresses the activity by workflow id and activity id instead of the handle:\n\n")
        .append("```sh\n")
        .append(
            "temporal activity complete --workflow-id \"$WORKFLOW_ID\" --activity-id \"$ACTIVITY_ID\" --result '")
        .append(names.isVoid ? "null" : "<result JSON>")
        .append("'\n")
        .append(
            "temporal activity fail --workflow-id \"$WORKFLOW_ID\" --activity-id \"$ACTIVITY_ID\" --reason 'why'\n")
        .append("```\n");
  }

  /** Path {@code signal}: the signal the handle names, with the payload the inbox reads. */
  void signal(JsonNode activity, StringBuilder md) {
    Names names = new Names(activity);
    String prefix = names.prefix;
    String signal = activity.path("signal").asText();
    JsonNode payload = activity.path("signalPayload");
    md.append("\n### The signal\n\n").append(payload.path("description").asText()).append("\n\n");
    md.append("The argument for a result")
        .append(names.isVoid ? " (`{}`: the method returns nothing)" : "")
        .append(":\n\n");
    ContractMarkdown.json(payload.path("success"), md);
    md.append("\nThe argument for a failure (the workflow's wait then ends with a non-retryable")
        .append(" `ApplicationFailure` of this type and message):\n\n");
    ContractMarkdown.json(payload.path("failure"), md);

    md.append("\n### Java (generated completer, from the `completer` jar)\n\n")
        .append("Make the completer from a `WorkflowClient`: the reply is a signal.\n\n```java\n")
        .append(names.javaReply())
        .append(
            names.isVoid
                ? "reply.complete();                              // sends {}; or:\n"
                : "reply.complete(result);                        // sends {\"result\": result}; or:\n")
        .append(
            "reply.fail(new IllegalStateException(\"why\"));  // sends {\"failure\": {\"type\": \"java.lang.IllegalStateException\", \"message\": \"why\"}}\n")
        .append("```\n");
    md.append("\n### TypeScript (`@temporalio/client`)\n\n```ts\n")
        .append("const address = JSON.parse(Buffer.from(decodeHandle(handle, '")
        .append(prefix)
        .append("')).toString('utf8'));\n")
        .append(
            "const workflow = client.workflow.getHandle(address.workflowId, address.runId || undefined);\n")
        .append("await workflow.signal(address.signal, ")
        .append(names.isVoid ? "{}" : "{ result }")
        .append(");  // address.signal is '")
        .append(signal)
        .append("'\n")
        .append(
            "await workflow.signal(address.signal, { failure: { type: 'Rejected', message: 'why' } });\n```\n");
    md.append("\n### Python (`temporalio`)\n\n```python\n")
        .append("import json\n")
        .append("address = json.loads(decode_handle(text, \"")
        .append(prefix)
        .append("\"))\n")
        .append(
            "handle = client.get_workflow_handle(address[\"workflowId\"], run_id=address[\"runId\"] or None)\n")
        .append("await handle.signal(address[\"signal\"], ")
        .append(names.isVoid ? "{}" : "{\"result\": result}")
        .append(")\n")
        .append(
            "await handle.signal(address[\"signal\"], {\"failure\": {\"type\": \"Rejected\", \"message\": \"why\"}})\n```\n");
    md.append("\n### Go (`go.temporal.io/sdk/client`)\n\n```go\n")
        .append("body, err := decodeHandle(handle, \"")
        .append(prefix)
        .append("\")\n")
        .append("var address struct {\n")
        .append("\tWorkflowID string `json:\"workflowId\"`\n")
        .append("\tRunID      string `json:\"runId\"`\n")
        .append("\tSignal     string `json:\"signal\"`\n")
        .append("}\n")
        .append("err = json.Unmarshal(body, &address)\n")
        .append("err = c.SignalWorkflow(ctx, address.WorkflowID, address.RunID, address.Signal, ")
        .append(names.isVoid ? "map[string]any{}" : "map[string]any{\"result\": result}")
        .append(")\n")
        .append("err = c.SignalWorkflow(ctx, address.WorkflowID, address.RunID, address.Signal,\n")
        .append(
            "\tmap[string]any{\"failure\": map[string]string{\"type\": \"Rejected\", \"message\": \"why\"}})\n```\n");
    bashDecoding(activity, prefix, "address", md);
    md.append(
            "target=(--workflow-id \"$(jq -r .workflowId <<<\"$address\")\" --run-id \"$(jq -r .runId <<<\"$address\")\"")
        .append(" --name \"$(jq -r .signal <<<\"$address\")\")\n")
        .append("temporal workflow signal \"${target[@]}\" --input '")
        .append(names.isVoid ? "{}" : "{\"result\": <result JSON>}")
        .append("'\n")
        .append(
            "temporal workflow signal \"${target[@]}\" --input '{\"failure\": {\"type\": \"Rejected\", \"message\": \"why\"}}'\n")
        .append("```\n");
  }

  /** Path {@code polling}: nothing to send; what the worker does instead. */
  void polling(JsonNode activity, StringBuilder md) {
    JsonNode timeouts = activity.path("timeouts");
    md.append("\n### What you do\n\n")
        .append("Nothing through Temporal, and there is no handle: the worker's activity asks your")
        .append(" system every ")
        .append(ContractMarkdown.code(activity.path("retry").path("initialInterval")))
        .append(" (each attempt at most ")
        .append(ContractMarkdown.code(timeouts.path("startToClose")))
        .append(") until your system answers or ")
        .append(ContractMarkdown.code(timeouts.path("scheduleToClose")))
        .append(" has passed; then the workflow sees the activity fail. Answer the worker's")
        .append(" requests as agreed with its team.\n");
  }

  /** The names one activity's snippets use. */
  private static final class Names {
    final String prefix;
    final String method;
    final String completer;
    final String handle;
    final boolean isVoid;

    Names(JsonNode activity) {
      prefix = activity.path("handle").path("prefix").asText();
      method = activity.path("method").asText();
      completer = simpleName(activity.path("java").path("completer").asText());
      handle = simpleName(activity.path("java").path("handle").asText());
      isVoid = "void".equals(activity.path("result").path("javaType").asText());
    }

    /** The completer and the typed reply to the handle in the variable {@code handle}. */
    String javaReply() {
      return "var completer = new "
          + completer
          + "(workflowClient);\n"
          + "var reply = completer."
          + method
          + "("
          + handle
          + ".parse(handle));\n";
    }

    private static String simpleName(String binaryName) {
      return binaryName.substring(binaryName.lastIndexOf('.') + 1).replace('$', '.');
    }
  }

  /**
   * Opens the CLI section with a bash prelude that checks the handle in {@code $HANDLE} belongs to
   * the activity and decodes its payload into the shell variable {@code variable}.
   */
  private static void bashDecoding(
      JsonNode activity, String prefix, String variable, StringBuilder md) {
    md.append("\n### Temporal CLI\n\n")
        .append("In a bash script with GNU coreutils and `jq`, the handle in `$HANDLE`:\n\n```sh\n")
        .append("[[ $HANDLE == '")
        .append(prefix)
        .append("'* ]] || { echo 'not a handle of ")
        .append(activity.path("activityType").asText())
        .append("' >&2; exit 1; }\n")
        .append("payload=${HANDLE##*.}\n")
        .append("case $(( ${#payload} % 4 )) in 2) payload+='==' ;; 3) payload+='=' ;; esac\n")
        .append(variable)
        .append("=$(printf %s \"$payload\" | basenc --base64url -d | head -c -4)\n");
  }
}

package dev.handback.processor.writer;

import com.palantir.javapoet.ClassName;

/** The Temporal and Handback runtime types generated code refers to. */
final class RuntimeNames {
  private static final String RUNTIME = "dev.handback.runtime";
  private static final String INTERNAL = "dev.handback.internal";

  static final ClassName HANDLE_KEY = ClassName.get(RUNTIME, "HandleKey");
  static final ClassName REPLY_HANDLE = ClassName.get(RUNTIME, "ReplyHandle");
  static final ClassName REPLY_ADDRESS = ClassName.get(RUNTIME, "ReplyAddress");
  static final ClassName INVALID_HANDLE_EXCEPTION =
      ClassName.get(RUNTIME, "InvalidHandleException");
  static final ClassName REPLY = ClassName.get(RUNTIME, "Reply");
  static final ClassName VOID_REPLY = ClassName.get(RUNTIME, "VoidReply");
  static final ClassName COMPLETION_REPLY = ClassName.get(RUNTIME, "CompletionReply");
  static final ClassName VOID_COMPLETION_REPLY = ClassName.get(RUNTIME, "VoidCompletionReply");
  static final ClassName SIGNAL_ADDRESS = REPLY_ADDRESS.nestedClass("SignalAddress");
  static final ClassName ACTIVITY_ID = REPLY_ADDRESS.nestedClass("ActivityId");
  static final ClassName TASK_TOKEN = REPLY_ADDRESS.nestedClass("TaskToken");
  static final ClassName BUSINESS_KEY = REPLY_ADDRESS.nestedClass("BusinessKey");
  static final ClassName EXTERNAL_OUTCOME = ClassName.get(RUNTIME, "ExternalOutcome");
  static final ClassName EXTERNAL_RESULT_SLOT = ClassName.get(RUNTIME, "ExternalResultSlot");
  static final ClassName REPLY_ROUTE = ClassName.get(RUNTIME, "ReplyRoute");
  static final ClassName HANDOFF_EXCEPTION = ClassName.get(RUNTIME, "HandoffException");

  static final ClassName HANDLE_CODEC = ClassName.get(INTERNAL, "HandleCodec");
  static final ClassName COMPLETION_CHANNEL = ClassName.get(INTERNAL, "CompletionChannel");
  static final ClassName DELIVERING_REPLY = ClassName.get(INTERNAL, "DeliveringReply");
  static final ClassName EXTERNAL_FAILURES = ClassName.get(INTERNAL, "ExternalFailures");
  static final ClassName ACTIVITY_HANDOFF = ClassName.get(INTERNAL, "ActivityHandoff");
  static final ClassName SIGNAL_SLOT = ClassName.get(INTERNAL, "SignalSlot");
  static final ClassName METHOD_ROUTE = ClassName.get(INTERNAL, "MethodRoute");
  static final ClassName TYPE_TOKEN = ClassName.get(INTERNAL, "TypeToken");

  static final ClassName WORKFLOW_CLIENT = ClassName.get("io.temporal.client", "WorkflowClient");
  static final ClassName ACTIVITY_COMPLETION_CLIENT =
      ClassName.get("io.temporal.client", "ActivityCompletionClient");
  static final ClassName ACTIVITY_OPTIONS =
      ClassName.get("io.temporal.activity", "ActivityOptions");
  static final ClassName ACTIVITY_CANCELLATION_TYPE =
      ClassName.get("io.temporal.activity", "ActivityCancellationType");
  static final ClassName RETRY_OPTIONS = ClassName.get("io.temporal.common", "RetryOptions");
  static final ClassName WORKFLOW = ClassName.get("io.temporal.workflow", "Workflow");
  static final ClassName SIGNAL_METHOD = ClassName.get("io.temporal.workflow", "SignalMethod");

  private RuntimeNames() {}
}

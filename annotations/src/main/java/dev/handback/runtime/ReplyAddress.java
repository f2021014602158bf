package dev.handback.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Where a reply goes. For {@code @AsyncCompletable}: the activity by its ids, whatever its current
 * attempt ({@link ActivityId}, kind {@code a}); one attempt by its task token ({@link TaskToken},
 * kind {@code t}); or the activity of the method that is pending in a workflow known by its
 * business key, its workflow id ({@link BusinessKey}, kind {@code w}), looked up when the reply is
 * sent. For {@code @ExternalResult}: a signal to one workflow run ({@link SignalAddress}, kind
 * {@code s}).
 */
public sealed interface ReplyAddress
    permits ReplyAddress.TaskToken,
        ReplyAddress.ActivityId,
        ReplyAddress.BusinessKey,
        ReplyAddress.SignalAddress {

  /** A one-letter tag that names the kind in an encoded handle. */
  char kind();

  /** The bytes an encoded handle carries for this address. */
  byte[] toBytes();

  /**
   * The task token of one activity attempt. It stops addressing the activity when that attempt
   * ends, including when the activity is retried.
   */
  final class TaskToken implements ReplyAddress {
    /** The kind letter of a task token. */
    public static final char KIND = 't';

    private final byte[] token;

    /** Wraps a task token as obtained from {@code ActivityExecutionContext.getTaskToken()}. */
    public TaskToken(byte[] token) {
      if (token == null || token.length == 0) {
        throw new IllegalArgumentException("A task token must not be empty");
      }
      this.token = token.clone();
    }

    /** A copy of the token. */
    public byte[] token() {
      return token.clone();
    }

    @Override
    public char kind() {
      return KIND;
    }

    @Override
    public byte[] toBytes() {
      return token.clone();
    }

    /**
     * The first 8 hex digits of the token's SHA-256: enough to tell two handles apart in a log,
     * useless to anyone who wants to complete the activity.
     */
    public String fingerprint() {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(token);
        return HexFormat.of().formatHex(digest, 0, 4);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("Every Java runtime has SHA-256", e);
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TaskToken that && Arrays.equals(that.token, token);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(token);
    }

    @Override
    public String toString() {
      return "task token " + fingerprint();
    }
  }

  /**
   * One activity by its ids — workflow id, run id and activity id — which stay the same across its
   * attempts: a reply completes, fails or heartbeats whichever attempt is current, through
   * Temporal's by-id calls. Every attempt of the activity hands out the same address, so an
   * external party can tell a repeated request from a new one by its handle.
   *
   * <p>In an encoded handle its bytes are the UTF-8 JSON object {@code
   * {"workflowId":"…","runId":"…","activityId":"…","callKey":"…"}}, with exactly these four string
   * members; an empty {@code runId} addresses the workflow's latest run, an empty {@code callKey}
   * means the hand-off recorded none.
   *
   * @param workflowId the activity's workflow, not empty
   * @param runId the workflow run, or empty for the latest run (null is read as empty)
   * @param activityId the activity's id within the run, not empty
   * @param callKey the key the hand-off recorded to tell parallel calls of the method apart, or
   *     empty for none (null is read as empty)
   */
  record ActivityId(String workflowId, String runId, String activityId, String callKey)
      implements ReplyAddress {
    /** The kind letter of an address by ids. */
    public static final char KIND = 'a';

    private static final String[] MEMBERS = {"workflowId", "runId", "activityId", "callKey"};

    /** Checks the parts; {@code runId} and {@code callKey} may be null or empty. */
    public ActivityId {
      workflowId = requireText(workflowId, "workflowId", "An activity address");
      runId = runId == null ? "" : runId;
      activityId = requireText(activityId, "activityId", "An activity address");
      callKey = callKey == null ? "" : callKey;
    }

    /** The activity {@code activityId} of run {@code runId} of {@code workflowId}, no call key. */
    public ActivityId(String workflowId, String runId, String activityId) {
      this(workflowId, runId, activityId, "");
    }

    /** The run, or empty for the workflow's latest run. */
    public Optional<String> run() {
      return runId.isEmpty() ? Optional.empty() : Optional.of(runId);
    }

    /** The call key the hand-off recorded, if any. */
    public Optional<String> call() {
      return callKey.isEmpty() ? Optional.empty() : Optional.of(callKey);
    }

    @Override
    public char kind() {
      return KIND;
    }

    @Override
    public byte[] toBytes() {
      return AddressJson.write(MEMBERS, workflowId, runId, activityId, callKey);
    }

    /** Reads {@link #toBytes()}; empty if {@code bytes} are not such an object. */
    public static Optional<ActivityId> fromBytes(byte[] bytes) {
      try {
        return AddressJson.read(bytes, MEMBERS).map(v -> new ActivityId(v[0], v[1], v[2], v[3]));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    @Override
    public String toString() {
      return "workflow '"
          + workflowId
          + "'"
          + run().map(id -> ", run '" + id + "'").orElse("")
          + ", activity '"
          + activityId
          + "'"
          + call().map(key -> ", call key '" + key + "'").orElse("");
    }
  }

  /**
   * The activity of the handle's method that is pending in a workflow known by its business key —
   * the workflow id it was started with, such as {@code order-4711} — and, when the workflow calls
   * the method more than once at a time, by the call key its hand-off recorded. Nothing is stored
   * anywhere: when a reply is sent, Temporal is asked which activities of the method's type the
   * workflow has pending ({@code DescribeWorkflowExecution}), and the reply goes to the one found,
   * by its ids.
   *
   * <p>In an encoded handle its bytes are the UTF-8 JSON object {@code
   * {"workflowId":"…","runId":"…","callKey":"…"}}, with exactly these three string members; an
   * empty {@code runId} looks in the latest run, an empty {@code callKey} expects exactly one
   * pending activity of the method.
   *
   * @param workflowId the workflow's id, not empty
   * @param runId the run to look in, or empty for the latest run (null is read as empty)
   * @param callKey the call key to choose among parallel calls, or empty (null is read as empty)
   */
  record BusinessKey(String workflowId, String runId, String callKey) implements ReplyAddress {
    /** The kind letter of an address by business key. */
    public static final char KIND = 'w';

    private static final String[] MEMBERS = {"workflowId", "runId", "callKey"};

    /** Checks the parts; {@code runId} and {@code callKey} may be null or empty. */
    public BusinessKey {
      workflowId = requireText(workflowId, "workflowId", "A business-key address");
      runId = runId == null ? "" : runId;
      callKey = callKey == null ? "" : callKey;
    }

    /** The run to look in, or empty for the workflow's latest run. */
    public Optional<String> run() {
      return runId.isEmpty() ? Optional.empty() : Optional.of(runId);
    }

    /** The call key to look for, if any. */
    public Optional<String> call() {
      return callKey.isEmpty() ? Optional.empty() : Optional.of(callKey);
    }

    @Override
    public char kind() {
      return KIND;
    }

    @Override
    public byte[] toBytes() {
      return AddressJson.write(MEMBERS, workflowId, runId, callKey);
    }

    /** Reads {@link #toBytes()}; empty if {@code bytes} are not such an object. */
    public static Optional<BusinessKey> fromBytes(byte[] bytes) {
      try {
        return AddressJson.read(bytes, MEMBERS).map(v -> new BusinessKey(v[0], v[1], v[2]));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    @Override
    public String toString() {
      return "the pending activity of workflow '"
          + workflowId
          + "'"
          + run().map(id -> ", run '" + id + "'").orElse("")
          + call().map(key -> " with call key '" + key + "'").orElse("");
    }
  }

  private static String requireText(String value, String name, String what) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + "'s " + name + " must not be empty");
    }
    return value;
  }

  /**
   * A signal to one workflow run: the workflow waits for the result in its generated inbox, and the
   * reply is delivered as the signal {@code signalName} to run {@code runId} of workflow {@code
   * workflowId}. Unlike a task token it outlives retries of the activity that made it.
   *
   * <p>In an encoded handle its bytes are the UTF-8 JSON object {@code
   * {"workflowId":"…","runId":"…","signal":"…"}}, with exactly these three string members in this
   * order; an empty {@code runId} addresses the workflow's latest run.
   *
   * @param workflowId the workflow to signal, not empty
   * @param runId the run to signal, or empty for the latest run (null is read as empty)
   * @param signalName the signal the workflow's inbox listens to, not empty
   */
  record SignalAddress(String workflowId, String runId, String signalName) implements ReplyAddress {
    /** The kind letter of a signal address. */
    public static final char KIND = 's';

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MEMBERS = Set.of("workflowId", "runId", "signal");

    /** Checks the parts; {@code runId} may be null or empty for the latest run. */
    public SignalAddress {
      workflowId = requireText(workflowId, "workflowId");
      runId = runId == null ? "" : runId;
      signalName = requireText(signalName, "signalName");
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException("A signal address's " + name + " must not be empty");
      }
      return value;
    }

    /** The run to signal, or empty for the workflow's latest run. */
    public Optional<String> run() {
      return runId.isEmpty() ? Optional.empty() : Optional.of(runId);
    }

    @Override
    public char kind() {
      return KIND;
    }

    @Override
    public byte[] toBytes() {
      ObjectNode body = JSON.createObjectNode();
      body.put("workflowId", workflowId).put("runId", runId).put("signal", signalName);
      return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads {@link #toBytes()}; empty if {@code bytes} are not such an object. */
    public static Optional<SignalAddress> fromBytes(byte[] bytes) {
      try {
        JsonNode body = JSON.readTree(bytes);
        if (body == null || !body.isObject() || body.size() != MEMBERS.size()) {
          return Optional.empty();
        }
        for (String member : MEMBERS) {
          if (!body.path(member).isTextual()) {
            return Optional.empty();
          }
        }
        return Optional.of(
            new SignalAddress(
                body.get("workflowId").asText(),
                body.get("runId").asText(),
                body.get("signal").asText()));
      } catch (IOException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    @Override
    public String toString() {
      return "workflow '"
          + workflowId
          + "'"
          + run().map(id -> ", run '" + id + "'").orElse("")
          + ", signal '"
          + signalName
          + "'";
    }
  }
}

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
 * Where a reply goes: the task token of one activity attempt ({@link TaskToken}, kind {@code t},
 * for {@code @AsyncCompletable}), which Temporal's {@code ActivityCompletionClient} accepts, or a
 * signal to one workflow run ({@link SignalAddress}, kind {@code s}, for {@code @ExternalResult}).
 */
public sealed interface ReplyAddress permits ReplyAddress.TaskToken, ReplyAddress.SignalAddress {

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

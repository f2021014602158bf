package dev.handback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link TaskTokenIds} reads the two token layouts it knows, exactly, and nothing else: a token it
 * cannot read leaves a lost answer's outcome unknown, never guessed.
 */
class TaskTokenIdsTest {
  private static final TaskTokenIds IDS = new TaskTokenIds("order-7", "run-1", 5, 2);

  /** A token as Temporal's server writes it: {@code temporal.server.api.token.v1.Task}. */
  private static byte[] serverToken(boolean withClock) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeString(1, "namespace-uuid");
    out.writeString(2, "order-7");
    out.writeString(3, "run-1");
    out.writeInt64(4, 5);
    out.writeInt32(5, 2);
    out.writeString(6, "activity-1");
    out.writeString(7, "LedgerWorkflow");
    out.writeString(8, "Ledger_settle");
    if (withClock) {
      out.writeByteArray(9, new byte[] {8, 1, 16, 42});
    }
    out.writeInt64(10, 6);
    out.flush();
    return bytes.toByteArray();
  }

  /** A token as the SDK's test server writes it. */
  private static byte[] testServerToken() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF("default");
      out.writeUTF("order-7");
      out.writeUTF("run-1");
      out.writeLong(5);
      out.writeInt(2);
    }
    return bytes.toByteArray();
  }

  @Test
  void readsTheServersLayout() throws IOException {
    assertEquals(Optional.of(IDS), TaskTokenIds.read(serverToken(false)));
    assertEquals(Optional.of(IDS), TaskTokenIds.read(serverToken(true)));
  }

  @Test
  void readsTheTestServersLayout() throws IOException {
    assertEquals(Optional.of(IDS), TaskTokenIds.read(testServerToken()));
  }

  @Test
  void readsNothingFromAnythingElse() throws IOException {
    byte[] testServer = testServerToken();
    byte[] server = serverToken(false);
    assertEquals(Optional.empty(), TaskTokenIds.read(new byte[] {1, 2, 3}));
    assertEquals(
        Optional.empty(), TaskTokenIds.read("not a token".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        Optional.empty(), TaskTokenIds.read(Arrays.copyOf(testServer, testServer.length - 1)));
    assertEquals(
        Optional.empty(), TaskTokenIds.read(Arrays.copyOf(testServer, testServer.length + 1)));
    assertEquals(Optional.empty(), TaskTokenIds.read(Arrays.copyOf(server, server.length - 3)));
  }

  @Test
  void readsNothingWithoutAWorkflowRunOrScheduledEvent() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeString(2, "order-7");
    out.writeInt64(4, 5);
    out.writeInt32(5, 1);
    out.flush();
    assertEquals(Optional.empty(), TaskTokenIds.read(bytes.toByteArray()));
  }
}

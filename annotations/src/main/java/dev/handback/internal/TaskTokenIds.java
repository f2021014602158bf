package dev.handback.internal;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * What an activity task token says about its attempt: the workflow run, the event that scheduled
 * the activity and the attempt, read so that a reply by token can be looked up in the workflow's
 * history when its answer was lost. A task token is opaque to clients, so this reads only the two
 * layouts it knows and answers empty for anything else — the reply's outcome is then reported as
 * unknown, never guessed:
 *
 * <ul>
 *   <li>Temporal's server: the protobuf message {@code temporal.server.api.token.v1.Task} ({@code
 *       workflow_id} = 2, {@code run_id} = 3, {@code scheduled_event_id} = 4, {@code attempt} = 5);
 *   <li>the SDK's test server ({@code io.temporal.internal.testservice.ActivityTaskToken}): the
 *       namespace, workflow id and run id as modified UTF-8, then the scheduled event id (8 bytes)
 *       and the attempt (4 bytes), and nothing after.
 * </ul>
 *
 * Whatever it reads is checked against the history before it counts: the scheduled event must be an
 * activity's in that run.
 */
record TaskTokenIds(String workflowId, String runId, long scheduledEventId, int attempt) {

  static Optional<TaskTokenIds> read(byte[] token) {
    Optional<TaskTokenIds> server = fromServerToken(token);
    return server.isPresent() ? server : fromTestServerToken(token);
  }

  private static Optional<TaskTokenIds> fromServerToken(byte[] token) {
    String workflowId = "";
    String runId = "";
    long scheduledEventId = 0;
    int attempt = 0;
    try {
      CodedInputStream in = CodedInputStream.newInstance(token);
      for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
        int field = WireFormat.getTagFieldNumber(tag);
        int wireType = WireFormat.getTagWireType(tag);
        if (field == 2 && wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
          workflowId = in.readStringRequireUtf8();
        } else if (field == 3 && wireType == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
          runId = in.readStringRequireUtf8();
        } else if (field == 4 && wireType == WireFormat.WIRETYPE_VARINT) {
          scheduledEventId = in.readInt64();
        } else if (field == 5 && wireType == WireFormat.WIRETYPE_VARINT) {
          attempt = in.readInt32();
        } else if (!in.skipField(tag)) {
          return Optional.empty();
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return valid(workflowId, runId, scheduledEventId, attempt);
  }

  private static Optional<TaskTokenIds> fromTestServerToken(byte[] token) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(token))) {
      in.readUTF();
      String workflowId = in.readUTF();
      String runId = in.readUTF();
      long scheduledEventId = in.readLong();
      int attempt = in.readInt();
      if (in.read() != -1) {
        return Optional.empty();
      }
      return valid(workflowId, runId, scheduledEventId, attempt);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<TaskTokenIds> valid(
      String workflowId, String runId, long scheduledEventId, int attempt) {
    if (workflowId.isEmpty() || runId.isEmpty() || scheduledEventId <= 0 || attempt <= 0) {
      return Optional.empty();
    }
    return Optional.of(new TaskTokenIds(workflowId, runId, scheduledEventId, attempt));
  }
}

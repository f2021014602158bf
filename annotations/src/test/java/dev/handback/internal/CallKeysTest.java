package dev.handback.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.api.common.v1.Payloads;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The call key in heartbeat details, next to the progress a retried attempt reads. */
class CallKeysTest {
  private static final DataConverter CONVERTER = DefaultDataConverter.newDefaultInstance();

  record Progress(int page) {}

  @Test
  void theKeyIsReadBackAndTheProgressStaysWhereTheSdkReadsIt() {
    Payloads details = CallKeys.details(CONVERTER, new Progress(3), "line-2");

    assertEquals(Optional.of("line-2"), CallKeys.read(details));
    // What ActivityExecutionContext.getHeartbeatDetails(Progress.class) reads: the first payload.
    assertEquals(
        new Progress(3),
        CONVERTER.fromPayloads(0, Optional.of(details), Progress.class, Progress.class));
  }

  @Test
  void withoutProgressTheSdkReadsNull() {
    Payloads details = CallKeys.keep(Optional.empty(), "line-2");

    assertEquals(2, details.getPayloadsCount());
    assertNull(CONVERTER.fromPayloads(0, Optional.of(details), Progress.class, Progress.class));
    assertEquals(Optional.of("line-2"), CallKeys.read(details));
  }

  @Test
  void aRetriedHandOffKeepsTheProgressAndReplacesAnOldKey() {
    Payloads fromExternalHeartbeat = CallKeys.details(CONVERTER, new Progress(7), "old");

    Payloads kept = CallKeys.keep(Optional.of(fromExternalHeartbeat), "new");

    assertEquals(Optional.of("new"), CallKeys.read(kept));
    assertEquals(
        new Progress(7),
        CONVERTER.fromPayloads(0, Optional.of(kept), Progress.class, Progress.class));
    Payloads onlyAKey = CallKeys.keep(Optional.of(CallKeys.keep(Optional.empty(), "a")), "b");
    assertEquals(Optional.of("b"), CallKeys.read(onlyAKey));
  }

  @Test
  void detailsWithoutTheMarkerHaveNoKey() {
    Payloads plain = CONVERTER.toPayloads("line-2").orElseThrow();

    assertEquals(Optional.empty(), CallKeys.read(plain));
    assertEquals(Optional.empty(), CallKeys.read(Payloads.getDefaultInstance()));
  }

  @Test
  void theKeyPayloadIsPlainJsonAnyConverterReads() {
    assertTrue(CallKeys.isKey(CallKeys.payload("k")));
    assertEquals(
        "schlüssel \"7\"",
        CONVERTER.fromPayload(CallKeys.payload("schlüssel \"7\""), String.class, String.class));
  }
}

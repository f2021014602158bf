package dev.handback.bench.codec;

import dev.handback.internal.HandleCodec;
import dev.handback.runtime.HandleKey;
import dev.handback.runtime.ReplyAddress;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encoding and parsing of typical reply handles for a method with a realistic name: a 150-byte task
 * token (the size the Temporal service hands out for an activity of a workflow with UUID ids), and
 * an address by ids (a business-key workflow id, a UUID run id and a UUID activity id, as the Java
 * SDK assigns them), the default. Target: encode + parse ≤ 1 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandleCodecBenchmark {
  private static final int TOKEN_BYTES = 150;

  private final HandleKey key = HandleKey.of("ReviewActivities", "requestReview");
  private ReplyAddress.TaskToken address;
  private String encoded;
  private final ReplyAddress.ActivityId byIds =
      new ReplyAddress.ActivityId(
          "order-2024-004711",
          "0f8e6a2c-4b1d-4c3e-9a57-2d6c1b8e4f90",
          "5b7c9d2e-1a3f-3e4d-8c6b-7a9e0d1f2c3b");
  private String encodedByIds;

  /** A fixed pseudo-random token, the same in every run. */
  @Setup
  public void setUp() {
    byte[] token = new byte[TOKEN_BYTES];
    new Random(42).nextBytes(token);
    address = new ReplyAddress.TaskToken(token);
    encoded = HandleCodec.encode(key, address);
    encodedByIds = HandleCodec.encode(key, byIds);
  }

  /** The handle as the activity side hands it out. */
  @Benchmark
  public String encode() {
    return HandleCodec.encode(key, address);
  }

  /** The handle as the external party reads it back. */
  @Benchmark
  public ReplyAddress parse() {
    return HandleCodec.decode(key, encoded);
  }

  /** Both, as one hand-off and one reply cost together. */
  @Benchmark
  public ReplyAddress encodeAndParse() {
    return HandleCodec.decode(key, HandleCodec.encode(key, address));
  }

  /** A handle by ids as the activity side hands it out. */
  @Benchmark
  public String encodeByIds() {
    return HandleCodec.encode(key, byIds);
  }

  /** A handle by ids as the external party reads it back. */
  @Benchmark
  public ReplyAddress parseByIds() {
    return HandleCodec.decode(key, encodedByIds);
  }

  /** Both, for a handle by ids. */
  @Benchmark
  public ReplyAddress encodeAndParseByIds() {
    return HandleCodec.decode(key, HandleCodec.encode(key, byIds));
  }
}

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
 * Encoding and parsing of a typical reply handle: a 150-byte task token (the size the Temporal
 * service hands out for an activity of a workflow with UUID ids) for a method with a realistic
 * name. Target: encode + parse ≤ 1 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandleCodecBenchmark {
  private static final int TOKEN_BYTES = 150;

  private final HandleKey key = HandleKey.of("ReviewActivities", "requestReview");
  private ReplyAddress.TaskToken address;
  private String encoded;

  /** A fixed pseudo-random token, the same in every run. */
  @Setup
  public void setUp() {
    byte[] token = new byte[TOKEN_BYTES];
    new Random(42).nextBytes(token);
    address = new ReplyAddress.TaskToken(token);
    encoded = HandleCodec.encode(key, address);
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
}

package dev.handback.bench.codec;

import dev.handback.bench.runtime.OrderActivities.Receipt;
import dev.handback.bench.runtime.OrderActivitiesCompleter;
import dev.handback.bench.runtime.OrderActivitiesCompleter.ApproveHandle;
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
 * What the generated completer adds to one reply, without the server: parsing the handle, the typed
 * reply, and the channel's error translation, against the raw {@code
 * ActivityCompletionClient.complete(token, result)} with the token in hand. Both call the same
 * {@link DiscardingCompletionClient}, so the difference is Handback's own cost per completion — the
 * part of the run-time benchmark's ratio that is not the server's noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompleterOverheadBenchmark {
  private static final int TOKEN_BYTES = 150;

  private final DiscardingCompletionClient client = new DiscardingCompletionClient();
  private final OrderActivitiesCompleter completer = new OrderActivitiesCompleter(client);
  private final Receipt receipt = new Receipt("order-1", true, "ada", 12_500);
  private byte[] token;
  private String handle;
  private String handleByIds;

  /** A fixed pseudo-random 150-byte token and its handle, the same in every run. */
  @Setup
  public void setUp() {
    token = new byte[TOKEN_BYTES];
    new Random(42).nextBytes(token);
    handle =
        HandleCodec.encode(
            HandleKey.of("OrderActivities", "approve"), new ReplyAddress.TaskToken(token));
    handleByIds =
        HandleCodec.encode(
            HandleKey.of("OrderActivities", "approve"),
            new ReplyAddress.ActivityId(
                "order-2024-004711",
                "0f8e6a2c-4b1d-4c3e-9a57-2d6c1b8e4f90",
                "5b7c9d2e-1a3f-3e4d-8c6b-7a9e0d1f2c3b"));
  }

  /** The raw call, token in hand. */
  @Benchmark
  public Object raw() {
    client.complete(token, receipt);
    return client.lastToken;
  }

  /** The generated completer, from the encoded task-token handle the external party holds. */
  @Benchmark
  public Object generated() {
    completer.approve(ApproveHandle.parse(handle)).complete(receipt);
    return client.lastToken;
  }

  /** The generated completer, from an encoded handle by ids (the default kind). */
  @Benchmark
  public Object generatedByIds() {
    completer.approve(ApproveHandle.parse(handleByIds)).complete(receipt);
    return client.lastToken;
  }
}

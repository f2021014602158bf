package dev.handback.bench.runtime;

import dev.handback.bench.Flags;
import dev.handback.bench.Samples;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The completer's cost at run time: batches of activities that have handed themselves off are
 * completed one after another by the generated completer or by raw {@code
 * ActivityCompletionClient} calls, alternating (ABBA) in one run, against the in-process test
 * server and the standalone test server over gRPC. Only the completion calls are timed.
 *
 * <p>Flags: {@code --activities=500 --rounds=6 --warmup=2 --servers=inprocess,standalone}.
 */
public final class CompletionCostBenchmark {

  private CompletionCostBenchmark() {}

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) throws InterruptedException {
    Flags flags = Flags.parse(args);
    int activities = flags.integer("activities", 500);
    int rounds = flags.integer("rounds", 6);
    int warmup = flags.integer("warmup", 2);
    Map<String, Supplier<TemporalServer>> servers = new LinkedHashMap<>();
    for (String name : flags.words("servers", List.of("inprocess", "standalone"))) {
      servers.put(name, serverFactory(name));
    }
    System.out.printf("Completion cost: %d activities per batch, %d warm-up + %d measured batches per"
        + " completer and server, JDK %s%n", activities, warmup, rounds, System.getProperty("java.version"));

    List<TemporalServer> started = new ArrayList<>();
    try {
      List<BatchRunner> runners = new ArrayList<>();
      for (Supplier<TemporalServer> factory : servers.values()) {
        TemporalServer server = factory.get();
        started.add(server);
        runners.add(new BatchRunner(server, activities));
      }
      Map<String, Map<Replier, Samples>> rates = new LinkedHashMap<>();
      for (BatchRunner runner : runners) {
        Map<Replier, Samples> perReplier = new EnumMap<>(Replier.class);
        for (Replier replier : Replier.values()) {
          perReplier.put(replier, new Samples());
        }
        rates.put(runner.serverName(), perReplier);
      }
      for (int round = 0; round < warmup + rounds; round++) {
        boolean measured = round >= warmup;
        for (BatchRunner runner : runners) {
          for (Replier replier : order(round)) {
            double perSecond = runner.run(replier);
            if (measured) {
              rates.get(runner.serverName()).get(replier).add(perSecond);
            }
            System.out.printf("  %s batch %d, %s, %s: %.0f completions/s%n",
                measured ? "measured" : "warm-up", round + 1, runner.serverName(), replier.label(),
                perSecond);
          }
        }
      }
      new CompletionCostTable(rates).print(System.out);
    } finally {
      for (TemporalServer server : started) {
        server.close();
      }
    }
  }

  /** A B in even rounds, B A in odd ones: over two rounds each completer runs first once. */
  private static List<Replier> order(int round) {
    return round % 2 == 0
        ? List.of(Replier.GENERATED, Replier.RAW)
        : List.of(Replier.RAW, Replier.GENERATED);
  }

  private static Supplier<TemporalServer> serverFactory(String name) {
    switch (name.trim()) {
      case "inprocess":
        return InProcessServer::new;
      case "standalone":
        return StandaloneServer::start;
      default:
        throw new IllegalArgumentException("Unknown server '" + name + "': use inprocess or standalone");
    }
  }
}

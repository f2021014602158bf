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
 * completed one after another, alternately by the generated completer and by raw {@code
 * ActivityCompletionClient} calls, against the in-process test server and the standalone test
 * server over gRPC, in one run. Only the completion calls are timed.
 *
 * <p>Flags: {@code --activities=500 --rounds=6 --warmup=4 --servers=inprocess,standalone}; each
 * batch has {@code activities} activities, half completed by each completer.
 */
public final class CompletionCostBenchmark {

  private CompletionCostBenchmark() {}

  /** Runs the benchmark and prints its table. */
  public static void main(String[] args) throws InterruptedException {
    Flags flags = Flags.parse(args);
    int activities = flags.integer("activities", 500);
    int rounds = flags.integer("rounds", 6);
    int warmup = flags.integer("warmup", 4);
    Map<String, Supplier<TemporalServer>> servers = new LinkedHashMap<>();
    for (String name : flags.words("servers", List.of("inprocess", "standalone"))) {
      servers.put(name, serverFactory(name));
    }
    System.out.printf(
        "Completion cost: %d activities per batch, %d warm-up + %d measured batches per"
            + " completer and server, JDK %s%n",
        activities, warmup, rounds, System.getProperty("java.version"));

    List<TemporalServer> started = new ArrayList<>();
    try {
      List<BatchRunner> runners = new ArrayList<>();
      for (Supplier<TemporalServer> factory : servers.values()) {
        TemporalServer server = factory.get();
        started.add(server);
        runners.add(new BatchRunner(server, activities));
      }
      Map<String, Map<Replier, Samples>> rates = new LinkedHashMap<>();
      Map<String, Samples> pairedRatios = new LinkedHashMap<>();
      for (BatchRunner runner : runners) {
        Map<Replier, Samples> perReplier = new EnumMap<>(Replier.class);
        for (Replier replier : Replier.values()) {
          perReplier.put(replier, new Samples());
        }
        rates.put(runner.serverName(), perReplier);
        pairedRatios.put(runner.serverName(), new Samples());
      }
      for (int round = 0; round < warmup + rounds; round++) {
        boolean measured = round >= warmup;
        for (BatchRunner runner : runners) {
          Map<Replier, Double> perSecond = runner.run();
          double ratio = perSecond.get(Replier.GENERATED) / perSecond.get(Replier.RAW);
          if (measured) {
            perSecond.forEach(
                (replier, rate) -> rates.get(runner.serverName()).get(replier).add(rate));
            pairedRatios.get(runner.serverName()).add(ratio);
          }
          System.out.printf(
              "  %s batch %d, %s: generated %.0f/s, raw %.0f/s, ratio %.3f%n",
              measured ? "measured" : "warm-up",
              round + 1,
              runner.serverName(),
              perSecond.get(Replier.GENERATED),
              perSecond.get(Replier.RAW),
              ratio);
        }
      }
      new CompletionCostTable(rates, pairedRatios).print(System.out);
    } finally {
      for (TemporalServer server : started) {
        server.close();
      }
    }
  }

  private static Supplier<TemporalServer> serverFactory(String name) {
    return switch (name.trim()) {
      case "inprocess" -> InProcessServer::new;
      case "standalone" -> StandaloneServer::start;
      default ->
          throw new IllegalArgumentException(
              "Unknown server '" + name + "': use inprocess or standalone");
    };
  }
}

package dev.handback.bench.runtime;

import dev.handback.bench.Flags;
import dev.handback.bench.Samples;
import dev.handback.bench.runtime.CompletionCostTable.Ratio;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The completer's cost at run time: batches of activities that have handed themselves off are
 * completed one after another, in turn by the generated completer from a task-token handle, from a
 * handle by ids, by business key, and by raw {@code ActivityCompletionClient} calls, against the
 * in-process test server and the standalone test server over gRPC, in one run. Only the completion
 * calls are timed.
 *
 * <p>Flags: {@code --activities=500 --rounds=6 --warmup=4 --servers=inprocess,standalone}; each
 * batch has {@code activities} activities, a quarter completed by each variant.
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
      Map<String, Map<Ratio, Samples>> ratios = new LinkedHashMap<>();
      Map<String, Samples> lookupMicros = new LinkedHashMap<>();
      for (BatchRunner runner : runners) {
        Map<Replier, Samples> perReplier = new EnumMap<>(Replier.class);
        for (Replier replier : Replier.values()) {
          perReplier.put(replier, new Samples());
        }
        rates.put(runner.serverName(), perReplier);
        Map<Ratio, Samples> perRatio = new EnumMap<>(Ratio.class);
        for (Ratio ratio : Ratio.values()) {
          perRatio.put(ratio, new Samples());
        }
        ratios.put(runner.serverName(), perRatio);
        lookupMicros.put(runner.serverName(), new Samples());
      }
      for (int round = 0; round < warmup + rounds; round++) {
        boolean measured = round >= warmup;
        for (BatchRunner runner : runners) {
          Map<Replier, Double> perSecond = runner.run();
          Map<Ratio, Double> batchRatios = ratios(perSecond);
          double lookup =
              1e6 / perSecond.get(Replier.BY_BUSINESS_KEY) - 1e6 / perSecond.get(Replier.BY_IDS);
          if (measured) {
            perSecond.forEach(
                (replier, rate) -> rates.get(runner.serverName()).get(replier).add(rate));
            batchRatios.forEach(
                (ratio, value) -> ratios.get(runner.serverName()).get(ratio).add(value));
            lookupMicros.get(runner.serverName()).add(lookup);
          }
          StringBuilder line = new StringBuilder();
          perSecond.forEach(
              (replier, rate) ->
                  line.append(
                      String.format(", %s %.0f/s", replier.name().toLowerCase(Locale.ROOT), rate)));
          System.out.printf(
              "  %s batch %d, %s%s, token÷raw %.3f, ids÷token %.3f, key÷token %.3f, lookup %.0f"
                  + " µs%n",
              measured ? "measured" : "warm-up",
              round + 1,
              runner.serverName(),
              line,
              batchRatios.get(Ratio.TOKEN_RAW),
              batchRatios.get(Ratio.IDS_TOKEN),
              batchRatios.get(Ratio.BUSINESS_KEY_TOKEN),
              lookup);
        }
      }
      new CompletionCostTable(rates, ratios, lookupMicros).print(System.out);
    } finally {
      for (TemporalServer server : started) {
        server.close();
      }
    }
  }

  private static Map<Ratio, Double> ratios(Map<Replier, Double> perSecond) {
    Map<Ratio, Double> ratios = new EnumMap<>(Ratio.class);
    ratios.put(Ratio.TOKEN_RAW, perSecond.get(Replier.TOKEN) / perSecond.get(Replier.RAW));
    ratios.put(Ratio.IDS_TOKEN, perSecond.get(Replier.BY_IDS) / perSecond.get(Replier.TOKEN));
    ratios.put(
        Ratio.BUSINESS_KEY_TOKEN,
        perSecond.get(Replier.BY_BUSINESS_KEY) / perSecond.get(Replier.TOKEN));
    ratios.put(
        Ratio.BUSINESS_KEY_IDS,
        perSecond.get(Replier.BY_BUSINESS_KEY) / perSecond.get(Replier.BY_IDS));
    return ratios;
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

package dev.handback.bench.compile;

import java.lang.management.ManagementFactory;

/** The machine's load: the benchmark runs on a shared machine, so its figures say how busy. */
public final class LoadAverage {
  private LoadAverage() {}

  /** The system load average of the last minute, or NaN where the platform has none. */
  public static double now() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? Double.NaN : load;
  }
}

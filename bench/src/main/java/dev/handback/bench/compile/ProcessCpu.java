package dev.handback.bench.compile;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this JVM has used, every thread included: a processor that moves work to other
 * threads shortens the wall time on a machine with a spare core, not the work, and this shows the
 * work.
 */
final class ProcessCpu {
  private ProcessCpu() {}

  /** CPU nanoseconds used by the JVM so far. */
  static long nanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}

package dev.handback.bench.compile;

import java.util.Set;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * A processor that runs another one and adds up the wall time spent in its {@code process} calls
 * (every round): the processor's own share of a compilation, Filer calls included.
 */
final class TimedProcessor extends DelegatingProcessor {
  private long nanos;

  TimedProcessor(Processor processor) {
    super(processor);
  }

  @Override
  @SuppressWarnings("DoNotClaimAnnotations") // returns what the wrapped processor returns
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long start = System.nanoTime();
    try {
      return super.process(annotations, round);
    } finally {
      nanos += System.nanoTime() - start;
    }
  }

  /** Milliseconds spent in {@code process} so far. */
  double millis() {
    return nanos / 1e6;
  }
}

package dev.handback.bench.cli;

import java.util.concurrent.CountDownLatch;

/** Hands off and counts down: the benchmark starts listing once every workflow waits. */
final class WaitActivitiesImpl implements WaitActivities {
  private final CountDownLatch handedOff;

  WaitActivitiesImpl(CountDownLatch handedOff) {
    this.handedOff = handedOff;
  }

  @Override
  public Answer ask(String question) {
    WaitActivitiesAsync.ask();
    handedOff.countDown();
    return null;
  }

  @Override
  public Answer tell(String question) {
    WaitActivitiesAsync.tell();
    handedOff.countDown();
    return null;
  }
}

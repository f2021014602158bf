package dev.handback.cli.desk;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Hands each request to the desk: the handles it handed out, in order. */
public final class DeskActivitiesImpl implements DeskActivities {
  private final BlockingQueue<String> handles = new LinkedBlockingQueue<>();

  @Override
  public Verdict review(Paper paper) {
    handles.add(DeskActivitiesAsync.review().encode());
    return null;
  }

  @Override
  public Verdict approve(Paper paper) {
    handles.add(DeskActivitiesAsync.approve().encode());
    return null;
  }

  /** The next handle handed out, waiting up to 30 seconds for it. */
  public String nextHandle() throws InterruptedException {
    String handle = handles.poll(30, TimeUnit.SECONDS);
    if (handle == null) {
      throw new AssertionError("No activity handed out a handle within 30 seconds");
    }
    return handle;
  }
}

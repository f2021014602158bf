package com.example.switching;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Hands the handle to the desk's inbox; the same on both paths. */
public final class SignOffActivitiesImpl implements SignOffActivities {
  /** What the desk received. */
  public final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();

  @Override
  public Verdict signOff(String documentId) {
    outbox.add(SignOffActivitiesAsync.signOff().encode());
    return null;
  }
}

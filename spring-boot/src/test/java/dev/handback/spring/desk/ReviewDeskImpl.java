package dev.handback.spring.desk;

import io.temporal.spring.boot.ActivityImpl;
import org.springframework.stereotype.Component;

/** Hands the review to the desk and returns; the desk completes it. */
@Component
@ActivityImpl(taskQueues = DeskApplication.QUEUE)
public class ReviewDeskImpl implements ReviewDesk {
  private final Outbox outbox;

  public ReviewDeskImpl(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public Verdict review(String document) {
    outbox.handOff(document, ReviewDeskAsync.review().encode());
    return null;
  }
}

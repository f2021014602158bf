package dev.handback.spring.desk;

import io.temporal.spring.boot.ActivityImpl;
import org.springframework.stereotype.Component;

/** Hands the signature to the desk; the desk's reply reaches the workflow by signal. */
@Component
@ActivityImpl(taskQueues = DeskApplication.QUEUE)
public class SigningDeskImpl implements SigningDesk {
  private final Outbox outbox;

  public SigningDeskImpl(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public Verdict sign(String document) {
    outbox.handOff(document, SigningDeskAsync.sign().encode());
    return null;
  }
}

package com.example.desk;

import dev.handback.AsyncCompletable;
import dev.handback.ExternalResult;
import dev.handback.HandleScope;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/** Activities a help desk answers. */
@ActivityInterface(namePrefix = "Desk_")
@AsyncCompletable(startToClose = "P3D", heartbeat = "PT1H", taskQueue = "desk")
public interface DeskActivities {

  /** A ticket a person resolves. */
  Resolution resolve(Ticket ticket);

  /**
   * A sign-off without a result; short enough to go without heartbeats. Its handle is the task
   * token of one attempt.
   */
  @SuppressWarnings("handback:HB101")
  @AsyncCompletable(startToClose = "PT2H", handleScope = HandleScope.ATTEMPT)
  void signOff(String ticketId);

  /** Tickets a person picks. */
  List<Ticket> pick(int count);

  /** An escalation the second-level team confirms by signal; the workflow waits two days. */
  @ExternalResult(timeout = "P2D")
  void escalate(String ticketId);
}

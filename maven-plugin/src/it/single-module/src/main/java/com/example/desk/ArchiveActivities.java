package com.example.desk;

import dev.handback.Polled;
import io.temporal.activity.ActivityInterface;

/** The old archive, which cannot call anyone: the worker asks it. */
@ActivityInterface(namePrefix = "Archive_")
public interface ArchiveActivities {

  /** Whether a ticket reached the archive, asked every ten minutes for a week. */
  @Polled(every = "PT10M", giveUpAfter = "P7D")
  boolean isArchived(String ticketId);
}

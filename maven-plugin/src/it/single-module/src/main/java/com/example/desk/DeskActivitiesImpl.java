package com.example.desk;

import java.util.List;

/** The worker side, which the completer jar must not contain. */
public final class DeskActivitiesImpl implements DeskActivities {
  @Override
  public Resolution resolve(Ticket ticket) {
    DeskActivitiesAsync.resolve();
    return null;
  }

  @Override
  public void signOff(String ticketId) {
    DeskActivitiesAsync.signOff();
  }

  @Override
  public List<Ticket> pick(int count) {
    DeskActivitiesAsync.pick();
    return null;
  }

  @Override
  public void escalate(String ticketId) {
    DeskActivitiesAsync.escalate();
  }
}

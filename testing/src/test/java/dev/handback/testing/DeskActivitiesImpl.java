package dev.handback.testing;

import dev.handback.runtime.NotReadyYetException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real implementation: it hands each request to {@link #sent}, the external system's inbox. */
class DeskActivitiesImpl implements DeskActivities {
  /** The encoded handles sent to the external system, in order. */
  final List<String> sent = new CopyOnWriteArrayList<>();

  @Override
  public Verdict review(String documentId) {
    sent.add(DeskActivitiesAsync.review().encode());
    return null;
  }

  @Override
  public Verdict sign(String documentId) {
    sent.add(DeskActivitiesAsync.sign().encode());
    return null;
  }

  @Override
  public String publicationUrl(String documentId) {
    throw new NotReadyYetException(documentId + " is not published yet");
  }

  @Override
  public void archive(String documentId) {
    sent.add(DeskActivitiesAsync.archive().encode());
  }

  @Override
  public Verdict confirm(String documentId) {
    sent.add(DeskActivitiesAsync.confirm().encode());
    return null;
  }

  @Override
  public Verdict expedite(String documentId) {
    sent.add(DeskActivitiesAsync.expedite().encode());
    return null;
  }

  @Override
  public String title(String documentId) {
    return "Title of " + documentId;
  }
}

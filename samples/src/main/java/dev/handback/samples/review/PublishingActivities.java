package dev.handback.samples.review;

import io.temporal.activity.ActivityInterface;

/** What happens to a document once it has been reviewed: ordinary, quick activities. */
@ActivityInterface
public interface PublishingActivities {

  /** Publishes an approved document. */
  void publish(Document document);

  /** Sends a rejected document back to its author with the reviewer's {@code comment}. */
  void returnToAuthor(Document document, String comment);
}

package dev.handback.samples.review;

/** Publishing as the sample does it: it only says what a real system would do. */
public final class PublishingActivitiesImpl implements PublishingActivities {

  @Override
  public void publish(Document document) {
    Narrator.activity("publish(" + document.id() + "): \"" + document.title() + "\" is live");
  }

  @Override
  public void returnToAuthor(Document document, String comment) {
    Narrator.activity(
        "returnToAuthor(" + document.id() + "): mails " + document.author() + ": " + comment);
  }
}

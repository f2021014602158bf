package dev.handback.e2e;

/** Hands every activity to {@link #outbox}, which stands in for the external system's inbox. */
final class ReviewActivitiesImpl implements ReviewActivities {
  final Outbox outbox = new Outbox();

  @Override
  public Decision requestReview(Document document) {
    outbox.add(HandOff.of(ReviewActivitiesAsync.requestReview().encode()));
    return null;
  }

  @Override
  public Decision requestApproval(Document document) {
    outbox.add(HandOff.of(ReviewActivitiesAsync.requestApproval().encode()));
    return null;
  }

  @Override
  public Decision askBusyDesk(Document document) {
    outbox.add(HandOff.of(ReviewActivitiesAsync.askBusyDesk().encode()));
    return null;
  }

  @Override
  public void awaitSignature(String documentId) {
    outbox.add(HandOff.of(ReviewActivitiesAsync.awaitSignature().encode()));
  }

  @Override
  public Decision quickCheck(Document document) {
    outbox.add(HandOff.of(ReviewActivitiesAsync.quickCheck().encode()));
    return null;
  }

  @Override
  public Decision misuseHandoff(Document document) {
    ReviewActivitiesAsync.requestReview();
    return null;
  }
}

package dev.handback.samples.springboot;

import dev.handback.samples.springboot.ReviewActivitiesCompleter.RequestReviewHandle;
import java.time.Duration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reviewers' own screen, inside the application: their decision goes through the completer bean
 * the starter defined, typed, without any HTTP call to Temporal or to the webhook.
 */
@RestController
public class ReviewerController {
  private final ReviewActivitiesCompleter completer;
  private final DeskInbox inbox;

  public ReviewerController(ReviewActivitiesCompleter completer, DeskInbox inbox) {
    this.completer = completer;
    this.inbox = inbox;
  }

  /** Records the decision on {@code documentId}. */
  @PostMapping("/reviews/{documentId}/decision")
  public String decide(
      @PathVariable("documentId") String documentId, @RequestBody ReviewDecision decision) {
    String handle = inbox.handleFor(documentId, Duration.ofSeconds(5));
    completer.requestReview(RequestReviewHandle.parse(handle)).complete(decision);
    return "recorded";
  }
}

package dev.handback.samples.review;

/**
 * A review request as the review desk receives it, standing in for an e-mail or a ticket: the
 * document, and the encoded handle the desk replies with.
 *
 * @param document the document to review
 * @param replyHandle {@code ReviewActivitiesCompleter.RequestReviewHandle#encode()} of the waiting
 *     activity
 */
public record ReviewTicket(Document document, String replyHandle) {}
